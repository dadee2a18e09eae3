package org.zhifa.documents;

import java.util.List;
import java.util.Objects;

/**
 * One field of a document type: the key in {@link DocumentRequest#fields()}, its Chinese label (used in the
 * rendered document and in error messages), its kind, and whether the document cannot be issued without it.
 *
 * @param key      key in the fields map
 * @param label    Chinese label
 * @param kind     value shape
 * @param required true when issuing refuses a missing or blank value
 * @param columns  for {@link FieldKind#ROWS}: the columns (key and label), otherwise empty
 * @param printed  false for a value the standard sentences use (e.g. the statement period in words) but that is not
 *                 printed as a labelled line of its own
 */
public record DocumentField(String key, String label, FieldKind kind, boolean required, List<DocumentField> columns,
        boolean printed) {

    public DocumentField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public DocumentField(String key, String label, FieldKind kind, boolean required, List<DocumentField> columns) {
        this(key, label, kind, required, columns, true);
    }

    static DocumentField req(String key, String label, FieldKind kind) {
        return new DocumentField(key, label, kind, true, List.of());
    }

    static DocumentField opt(String key, String label, FieldKind kind) {
        return new DocumentField(key, label, kind, false, List.of());
    }

    /** A value used by the standard sentences of the document, not printed as a line of its own. */
    static DocumentField hidden(String key, String label, FieldKind kind) {
        return new DocumentField(key, label, kind, false, List.of(), false);
    }

    /** A value the standard sentences need (the document cannot be issued without it), not printed on its own. */
    static DocumentField hiddenRequired(String key, String label, FieldKind kind) {
        return new DocumentField(key, label, kind, true, List.of(), false);
    }

    static DocumentField rows(String key, String label, boolean required, DocumentField... columns) {
        return new DocumentField(key, label, FieldKind.ROWS, required, List.of(columns));
    }

    static DocumentField col(String key, String label) {
        return new DocumentField(key, label, FieldKind.TEXT, false, List.of());
    }

    /** A column holding each row's public address, printed as its QR code. */
    static DocumentField qrCol(String key, String label) {
        return new DocumentField(key, label, FieldKind.QR_URL, false, List.of());
    }
}
