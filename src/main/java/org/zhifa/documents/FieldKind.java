package org.zhifa.documents;

/**
 * The shape of a document field's value in {@link DocumentRequest#fields()}.
 */
public enum FieldKind {
    /** A short string. */
    TEXT,
    /** A longer string printed as a paragraph. */
    PARAGRAPH,
    /** A {@link java.time.LocalDate} or an ISO date string (2025-03-04). */
    DATE,
    /** A {@link java.time.LocalDateTime} / {@link java.time.OffsetDateTime} or an ISO date-time string. */
    DATE_TIME,
    /** An amount in fen (分) as a {@link Long} (or any integral {@link Number}); printed as 人民币 x.xx 元. */
    AMOUNT_FEN,
    /**
     * A person or organisation block: a {@code Map} with the keys of {@link DocumentFields#PARTY_KEYS}
     * ({@code name} required; {@code kind} 公民/法人或者其他组织, {@code idNumber}, {@code address}, {@code phone},
     * {@code legalRepresentative}, {@code plateNumber} optional). A plain string is taken as the name.
     */
    PARTY,
    /**
     * A list of officers: {@code List<Map>} with {@code name} and {@code certificateNumber} (执法证号); at least
     * one row when required.
     */
    OFFICERS,
    /** A table: {@code List<Map<String, Object>>}, one map per row keyed by the field's column keys. */
    ROWS,
    /**
     * Questions and answers of a record (笔录): {@code List<Map>} with {@code q} and {@code a}, or with
     * {@code speaker} and {@code text} for statements (听证、集体讨论).
     */
    QA,
    /** {@link Boolean} or "true"/"false". */
    FLAG,
    /**
     * A public address (a verification page) printed as its QR code; a table column of this kind prints the code of
     * each row's address, an empty cell where a row has none.
     */
    QR_URL
}
