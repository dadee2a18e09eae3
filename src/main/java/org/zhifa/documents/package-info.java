/**
 * Enforcement documents (文书, legal-rules §10): the standard document set in the GB/T 9704 layout, rendered to PDF,
 * to OFD (GB/T 33190) sealed with the issuing unit's electronic seal (GB/T 38540, SM2) and to DOCX for the editable
 * ones, numbered per unit, document code and year, stored with SM3 fingerprints and a public verification page; an
 * issued document never changes, a correction is a new version. The security administrator keeps the units' seals.
 *
 * <p>Public API: {@link org.zhifa.documents.EnforcementDocuments}, {@link org.zhifa.documents.DocumentNumbers},
 * {@link org.zhifa.documents.DocumentType}, {@link org.zhifa.documents.DocumentRequest},
 * {@link org.zhifa.documents.IssuedDocument}, {@link org.zhifa.documents.DocumentFields},
 * {@link org.zhifa.documents.CjkFont}, {@link org.zhifa.documents.DocumentVerifierCommand}.
 */
package org.zhifa.documents;
