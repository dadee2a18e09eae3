package org.zhifa.evidence.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.store.ContentDigest;

/**
 * The SM3 and/or SHA-256 a client states for bytes it sends (a chunk, or the whole file), lower-case hex; either may
 * be absent. The server compares them with what it computed from the bytes it received.
 *
 * @param sm3         stated SM3, or null
 * @param sha256      stated SHA-256, or null
 * @param sm3Field    how the client stated the SM3 (header or field name), for the error message
 * @param sha256Field how the client stated the SHA-256
 */
public record StatedDigest(String sm3, String sha256, String sm3Field, String sha256Field) {

    public static final StatedDigest NONE = new StatedDigest(null, null, "sm3", "sha256");

    /** Parses stated digests; a value that is not 64 hex digits is a 400 naming its field. */
    public static StatedDigest of(String sm3, String sha256, String sm3Field, String sha256Field) {
        Map<String, String> errors = new LinkedHashMap<>();
        String a = normalise(sm3, sm3Field, errors);
        String b = normalise(sha256, sha256Field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("摘要格式有误：" + String.join("；", errors.values()), errors);
        }
        return new StatedDigest(a, b, sm3Field, sha256Field);
    }

    private static String normalise(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.matches("[0-9a-f]{64}")) {
            errors.put(field, field + " 须为 64 位十六进制数");
            return null;
        }
        return v;
    }

    public boolean isEmpty() {
        return sm3 == null && sha256 == null;
    }

    /** The stated values that differ from {@code actual}, by field, with a Chinese explanation; empty when all agree. */
    public Map<String, String> mismatches(ContentDigest actual, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (sm3 != null && !sm3.equals(actual.sm3Hex())) {
            out.put(sm3Field, what + "的 SM3 与声明不符：声明 " + sm3 + "，实际收到 " + actual.sm3Hex());
        }
        if (sha256 != null && !sha256.equals(actual.sha256Hex())) {
            out.put(sha256Field, what + "的 SHA-256 与声明不符：声明 " + sha256 + "，实际收到 " + actual.sha256Hex());
        }
        return out;
    }

    /** Both statements together; a value stated twice must agree (400 otherwise). */
    public StatedDigest and(StatedDigest other) {
        Map<String, String> errors = new LinkedHashMap<>();
        String a = merge(sm3, other.sm3, other.sm3Field, errors);
        String b = merge(sha256, other.sha256, other.sha256Field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("声明的文件摘要前后不一致", errors);
        }
        return new StatedDigest(a, b, sm3 != null ? sm3Field : other.sm3Field,
                sha256 != null ? sha256Field : other.sha256Field);
    }

    private static String merge(String mine, String theirs, String field, Map<String, String> errors) {
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            errors.put(field, field + " 与开始上传时声明的摘要不一致");
        }
        return mine != null ? mine : theirs;
    }
}
