package org.zhifa.documents.internal;

import java.util.List;
import java.util.Map;
import org.zhifa.documents.DocumentField;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.FieldKind;

/**
 * The normalised content of one document and the helpers every layout uses to print a field.
 *
 * @param type     document type
 * @param unitName issuing unit
 * @param number   document number or null
 * @param fields   normalised fields
 * @param settings document settings (remedy periods)
 */
public record LayoutInput(DocumentType type, String unitName, String number, Map<String, Object> fields,
        DocumentsProperties settings) {

    public Object get(String key) {
        return fields.get(key);
    }

    public boolean has(String key) {
        Object v = fields.get(key);
        return v != null && !Formats.text(v).isBlank();
    }

    public String caseNumber() {
        return has(DocumentFields.CASE_NUMBER) ? Formats.text(get(DocumentFields.CASE_NUMBER)) : null;
    }

    public String date() {
        return has(DocumentFields.DATE) ? Formats.date(get(DocumentFields.DATE)) : "　　年　　月　　日";
    }

    /** A field's value as printed (empty string when absent). */
    public String print(DocumentField f) {
        Object v = fields.get(f.key());
        if (v == null) {
            return "";
        }
        return print(f.kind(), v);
    }

    public static String print(FieldKind kind, Object v) {
        switch (kind) {
            case DATE:
                return Formats.date(v);
            case DATE_TIME:
                return Formats.dateTime(v);
            case AMOUNT_FEN:
                return Formats.amountFen(v);
            case PARTY:
                return Formats.party(v);
            case OFFICERS:
                return Formats.officers(v);
            default:
                return Formats.text(v);
        }
    }

    public String print(String key) {
        return type.fields().stream().filter(f -> f.key().equals(key)).findFirst().map(this::print)
                .orElseGet(() -> Formats.text(fields.get(key)));
    }

    @SuppressWarnings("unchecked")
    public String partyName(String key) {
        Object v = fields.get(key);
        if (v instanceof Map<?, ?> m) {
            return Formats.text(((Map<String, Object>) m).get("name"));
        }
        return Formats.text(v);
    }

    /** A ROWS field as a table block (null when there are no rows). */
    @SuppressWarnings("unchecked")
    public DocumentModel.Table table(DocumentField f) {
        Object v = fields.get(f.key());
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        List<String> headers = new java.util.ArrayList<>(List.of("序号"));
        java.util.Set<Integer> qr = new java.util.HashSet<>();
        for (DocumentField c : f.columns()) {
            if (c.kind() == org.zhifa.documents.FieldKind.QR_URL) {
                qr.add(headers.size());
            }
            headers.add(c.label());
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        int i = 1;
        for (Object o : list) {
            List<String> row = new java.util.ArrayList<>(List.of(Integer.toString(i++)));
            Map<String, Object> m = o instanceof Map<?, ?> mm ? (Map<String, Object>) mm : Map.of("name", o);
            f.columns().forEach(c -> row.add(Formats.text(m.get(c.key()))));
            rows.add(row);
        }
        return new DocumentModel.Table(f.label(), headers, rows, qr);
    }

    /** A QA field as record lines. */
    @SuppressWarnings("unchecked")
    public DocumentModel.Qa qa(DocumentField f) {
        List<DocumentModel.Row> lines = new java.util.ArrayList<>();
        Object v = fields.get(f.key());
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> mm) {
                    Map<String, Object> m = (Map<String, Object>) mm;
                    if (m.containsKey("speaker")) {
                        lines.add(new DocumentModel.Row(Formats.text(m.get("speaker")), Formats.text(m.get("text"))));
                    } else {
                        lines.add(new DocumentModel.Row("问", unlabelled(Formats.text(m.get("q")))));
                        lines.add(new DocumentModel.Row("答", unlabelled(Formats.text(m.get("a")))));
                    }
                } else {
                    lines.add(new DocumentModel.Row("", Formats.text(o)));
                }
            }
        }
        return new DocumentModel.Qa(f.label(), lines);
    }

    /**
     * A question or answer without the 问：/答： an officer may have typed before it: the record prints its own label, so
     * the typed one would nest ("答：问：…").
     */
    static String unlabelled(String s) {
        String t = s.strip();
        while (t.length() >= 2 && (t.charAt(0) == '问' || t.charAt(0) == '答')
                && (t.charAt(1) == '：' || t.charAt(1) == ':')) {
            t = t.substring(2).strip();
        }
        return t;
    }

    /** 六十, 六 … for the periods printed in remedies. */
    public static String chinese(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : d[n / 10]) + "十" + (n % 10 == 0 ? "" : d[n % 10]);
        }
        return Integer.toString(n);
    }
}
