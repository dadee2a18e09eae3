package org.zhifa.documents.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.zhifa.common.ChinaTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * Normalises document fields to JSON values (strings, whole numbers, decimals, booleans, sorted maps, lists) so
 * that the stored fields, the rendered text and the SM3 fingerprint all come from one form: dates become ISO
 * strings in China time, amounts stay integral fen.
 */
public final class FieldValues {

    /** Keys whose values are personal data, stored encrypted (brief: ID numbers and phones with PersonalDataCipher). */
    public static final Set<String> PERSONAL_KEYS = Set.of("idNumber", "phone", "contactPhone");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FieldValues() {
    }

    public static Map<String, Object> normalize(Map<String, ?> fields) {
        Map<String, Object> out = new TreeMap<>();
        if (fields != null) {
            fields.forEach((k, v) -> {
                Object n = value(v);
                if (n != null) {
                    out.put(k, n);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return b.longValueExact();
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : d.stripTrailingZeros();
        }
        if (v instanceof Double || v instanceof Float) {
            return value(BigDecimal.valueOf(((Number) v).doubleValue()));
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        if (v instanceof OffsetDateTime t) {
            return value(t.atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());
        }
        if (v instanceof ZonedDateTime t) {
            return value(t.withZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());
        }
        if (v instanceof Instant i) {
            return value(LocalDateTime.ofInstant(i, ChinaTime.ZONE));
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Map<?, ?> m) {
            return normalize((Map<String, ?>) m);
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>();
            c.forEach(e -> list.add(value(e)));
            return Collections.unmodifiableList(list);
        }
        return v.toString();
    }

    /** Canonical JSON: keys sorted at every level (TreeMap), no whitespace; the input of sm3_fields. */
    public static String canonicalJson(Map<String, Object> normalized) {
        return JSON.writeValueAsString(normalized);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> fromJson(String json) {
        return normalize(JSON.readValue(json, Map.class));
    }

    /** A copy with every personal value transformed (encrypt before storing, decrypt after reading). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapPersonal(Map<String, Object> fields, UnaryOperator<String> op) {
        return (Map<String, Object>) mapPersonal((Object) fields, null, op);
    }

    @SuppressWarnings("unchecked")
    private static Object mapPersonal(Object v, String key, UnaryOperator<String> op) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(k, mapPersonal(x, k, op)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(mapPersonal(x, key, op)));
            return out;
        }
        if (v instanceof String s && key != null && PERSONAL_KEYS.contains(key) && !s.isEmpty()) {
            return op.apply(s);
        }
        return v;
    }
}
