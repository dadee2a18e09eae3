package org.zhifa.documents;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A stored, issued document version (no PDF bytes: fetch them with {@link EnforcementDocuments#pdf(long)}, which
 * renders them first when the rendering queue has not reached the document yet).
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
 * @param sm3Pdf           SM3 of the PDF bytes, hex (null while the files are not rendered yet)
 * @param sm3Fields        SM3 of the canonical JSON of the fields, hex
 * @param issuedBy         user id of the issuer (null when issued by the system)
 * @param issuedByName     issuer's display name (null when issued by the system)
 * @param issuedAt         when issued
 * @param correctionReason why this version corrects the previous one (null for the original)
 * @param sm3Ofd           SM3 of the OFD bytes, hex (null while not rendered, and for documents issued before OFD was
 *                         produced)
 * @param verificationToken the unguessable name of the public verification page (null for documents issued before
 *                         OFD was produced)
 * @param sealKeyId        SM3 of the public key of the electronic seal on the OFD (null: not sealed)
 * @param sealName         name of that seal (null: not sealed)
 * @param sm3Content       SM3 of the canonical serialisation of the content fixed at issue (type, unit, number,
 *                         version, fields, verification token, seal, day of issue) from which the PDF and the OFD are
 *                         rendered after the issuing transaction; null for documents rendered in it (before this)
 */
public record IssuedDocument(long id, String caseRef, DocumentType type, long unitId, String unitName, String number,
        int version, Long supersedesId, boolean current, Map<String, Object> fields, String sm3Pdf, String sm3Fields,
        Long issuedBy, String issuedByName, OffsetDateTime issuedAt, String correctionReason, String sm3Ofd,
        String verificationToken, String sealKeyId, String sealName, String sm3Content) {

    public String title() {
        return type.title();
    }

    public boolean hasDocx() {
        return type.editable();
    }

    /** True when an OFD exists or will be rendered (every document issued since OFD was produced). */
    public boolean hasOfd() {
        return verificationToken != null;
    }

    /** True when the PDF (and the OFD) are stored; false while the rendering queue has not reached the document. */
    public boolean rendered() {
        return sm3Pdf != null;
    }

    /** True when the OFD carries the issuing unit's electronic seal. */
    public boolean sealed() {
        return sealKeyId != null;
    }
}
