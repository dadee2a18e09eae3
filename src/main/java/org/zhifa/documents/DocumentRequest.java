package org.zhifa.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to issue.
 *
 * @param type          the document type
 * @param unitId        the issuing unit (owner of the document for data scope)
 * @param unitName      the unit's full name printed in the header and seal block; null: read from OrgUnits
 * @param unitShortName the unit's short name used in the number (e.g. 德交执); null: read from OrgUnits
 * @param caseRef       what the document belongs to, e.g. {@code CASE:123}
 * @param number        the document number; null draws the next one when {@link DocumentType#numbered()} (for
 *                      unnumbered types, pass the case number here to have it stored, or leave null)
 * @param fields        the content, keyed as in {@link DocumentType#fields()} (values: String, LocalDate,
 *                      LocalDateTime, Long fen, Boolean, Map for party blocks, List of Map for rows)
 */
public record DocumentRequest(DocumentType type, long unitId, String unitName, String unitShortName, String caseRef,
        String number, Map<String, Object> fields) {

    public DocumentRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseRef, "caseRef");
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A request whose unit names are read from OrgUnits and whose number is drawn when the type is numbered. */
    public static DocumentRequest of(DocumentType type, long unitId, String caseRef, Map<String, Object> fields) {
        return new DocumentRequest(type, unitId, null, null, caseRef, null, fields);
    }

    /** The same request with a given number (e.g. a pre-numbered 当场行政处罚决定书). */
    public DocumentRequest withNumber(String givenNumber) {
        return new DocumentRequest(type, unitId, unitName, unitShortName, caseRef, givenNumber, fields);
    }
}
