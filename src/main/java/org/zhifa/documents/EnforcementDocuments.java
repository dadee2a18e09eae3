package org.zhifa.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues and serves enforcement documents. Calls join the caller's transaction (a rolled-back case step rolls
 * back its document and its number). This bean does not apply data scope: the calling module does; the
 * module's own web API applies {@code DataScope} by the document's unit.
 */
public interface EnforcementDocuments {

    /**
     * Validates the fields, draws a number when the type is numbered and none is given, fixes the content (fields,
     * number, unit, the verification token, the issuing unit's usable electronic seal, the day), stores it with the SM3
     * of its canonical serialisation, queues its rendering and audits {@code DOCUMENT_ISSUED}. The PDF and the OFD
     * (sealed with that seal; both carry the 电子签章 block and the QR code of the public verification page) are
     * rendered from the stored content after the commit, by the render workers or on the first read.
     *
     * @throws org.zhifa.common.InvalidInputException with Chinese field errors when a required field is missing
     *         (for 行政处罚决定书 / 当场行政处罚决定书 the message cites 《行政处罚法》第五十九条 / 第五十二条)
     * @throws DocumentFontMissingException when no CJK font is installed
     */
    IssuedDocument issue(DocumentRequest request);

    /**
     * Issues a corrected version (same number, version + 1, linked to the old one); the old version and its bytes
     * stay unchanged. Only the current version can be corrected; audits {@code DOCUMENT_CORRECTED}.
     *
     * @param documentId the current version
     * @param newFields  the complete new field set (not a patch)
     * @param reason     why the document is corrected (required)
     */
    IssuedDocument correct(long documentId, Map<String, Object> newFields, String reason);

    /** Checks the fields without issuing; throws the same InvalidInputException as {@link #issue}. */
    void validate(DocumentType type, Map<String, Object> fields);

    Optional<IssuedDocument> find(long documentId);

    /** Every version of every document of the owner, oldest first. */
    List<IssuedDocument> list(String caseRef);

    /** The stored PDF bytes (rendered now from the fixed content when the queue has not reached it yet). */
    byte[] pdf(long documentId);

    /**
     * The stored OFD bytes (sealed when {@link IssuedDocument#sealed()}; rendered now as {@link #pdf}).
     *
     * @throws org.zhifa.common.NotFoundException when the document was issued before OFD was produced
     */
    byte[] ofd(long documentId);

    /**
     * The document with its files' fingerprints: renders the files now (or waits for the worker rendering them) when
     * they are not stored yet.
     */
    IssuedDocument rendered(long documentId);

    /** The document version named by the token of its public verification page. */
    Optional<IssuedDocument> findByVerificationToken(String token);

    /** The document versions whose PDF or OFD has this SM3 (hex). */
    List<IssuedDocument> findByFingerprint(String sm3);

    /**
     * A DOCX generated from the stored fields, for editable types only.
     *
     * @throws org.zhifa.common.InvalidInputException when the type is not editable
     */
    byte[] docx(long documentId);
}
