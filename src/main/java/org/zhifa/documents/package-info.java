/**
 * Enforcement documents (文书, legal-rules §10): the standard document set rendered to PDF (and DOCX for the
 * editable ones), numbered per unit, document code and year, stored with SM3 fingerprints; an issued document
 * never changes, a correction is a new version.
 *
 * <p>Public API: {@link org.zhifa.documents.EnforcementDocuments}, {@link org.zhifa.documents.DocumentNumbers},
 * {@link org.zhifa.documents.DocumentType}, {@link org.zhifa.documents.DocumentRequest},
 * {@link org.zhifa.documents.IssuedDocument}, {@link org.zhifa.documents.DocumentFields}.
 */
package org.zhifa.documents;
