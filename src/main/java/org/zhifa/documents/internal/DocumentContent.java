package org.zhifa.documents.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.DocumentType;

/**
 * What an issued document says, fixed in the issuing transaction: everything its PDF and OFD are rendered from. The
 * canonical serialisation is JSON with keys sorted at every level and no whitespace; its SM3 is the content
 * fingerprint stored with the document ({@code sm3_content}) and checked again before every rendering.
 *
 * @param type              document type
 * @param caseRef           owner reference
 * @param unitId            issuing unit
 * @param unitName          issuing unit's name as printed
 * @param number            the number printed, or null
 * @param version           1 for the original
 * @param supersedesId      the version corrected, or null
 * @param fields            normalised fields, personal values in clear
 * @param verificationToken the name of the public verification page (printed as QR code)
 * @param sealKeyId         SM3 of the public key of the seal the OFD is sealed with, or null
 * @param sealImageSm3      SM3 of that seal's image, or null
 * @param issuedOn          the day of issue in China time (the OFD's creation date)
 */
record DocumentContent(DocumentType type, String caseRef, long unitId, String unitName, String number, int version,
        Long supersedesId, Map<String, Object> fields, String verificationToken, String sealKeyId,
        String sealImageSm3, LocalDate issuedOn) {

    String canonical() {
        Map<String, Object> m = new TreeMap<>();
        m.put("type", type.name());
        m.put("caseRef", caseRef);
        m.put("unitId", unitId);
        m.put("unitName", unitName);
        m.put("number", number);
        m.put("version", version);
        m.put("supersedesId", supersedesId);
        m.put("fields", fields);
        m.put("verificationToken", verificationToken);
        m.put("sealKeyId", sealKeyId);
        m.put("sealImageSm3", sealImageSm3);
        m.put("issuedOn", issuedOn.toString());
        return FieldValues.canonicalJson(m);
    }

    String sm3() {
        return Sm3.hex(canonical());
    }
}
