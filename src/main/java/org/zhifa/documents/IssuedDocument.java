package org.zhifa.documents;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A stored, issued document version (no PDF bytes: fetch them with {@link EnforcementDocuments#pdf(long)}).
 *
 * @param id               id of this version
 * @param caseRef          owner reference, e.g. {@code CASE:123}
 * @param type             document type
 * @param unitId           issuing unit
 * @param unitName         issuing unit's name as printed
 * @param number           document number (null for an unnumbered document issued without one)
 * @param version          1 for the original, +1 per correction
 * @param supersedesId     the version this one corrects, null for the original
 * @param current          false once a correction has superseded this version
 * @param fields           the stored fields (normalised: dates as ISO strings, amounts as numbers)
 * @param sm3Pdf           SM3 of the PDF bytes, hex
 * @param sm3Fields        SM3 of the canonical JSON of the fields, hex
 * @param issuedBy         user id of the issuer (null when issued by the system)
 * @param issuedByName     issuer's display name (null when issued by the system)
 * @param issuedAt         when issued
 * @param correctionReason why this version corrects the previous one (null for the original)
 * @param sm3Ofd           SM3 of the OFD bytes, hex (null for documents issued before OFD was produced)
 * @param verificationToken the unguessable name of the public verification page (null as sm3Ofd)
 * @param sealKeyId        SM3 of the public key of the electronic seal on the OFD (null: not sealed)
 * @param sealName         name of that seal (null: not sealed)
 */
public record IssuedDocument(long id, String caseRef, DocumentType type, long unitId, String unitName, String number,
        int version, Long supersedesId, boolean current, Map<String, Object> fields, String sm3Pdf, String sm3Fields,
        Long issuedBy, String issuedByName, OffsetDateTime issuedAt, String correctionReason, String sm3Ofd,
        String verificationToken, String sealKeyId, String sealName) {

    public String title() {
        return type.title();
    }

    public boolean hasDocx() {
        return type.editable();
    }

    public boolean hasOfd() {
        return sm3Ofd != null;
    }

    /** True when the OFD carries the issuing unit's electronic seal. */
    public boolean sealed() {
        return sealKeyId != null;
    }
}
