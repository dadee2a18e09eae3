package org.zhifa.common;

/**
 * Characters that text input may not carry: U+0000, which PostgreSQL text cannot store, and unpaired UTF-16
 * surrogates, which have no UTF-8 form. Input holding one is refused with the field named, never stored altered.
 */
public final class InputText {

    private InputText() {
    }

    /** The index of the first refused character, or -1 when the text is acceptable (or null). */
    public static int firstRefused(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean acceptable(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** The Chinese reason for refusing {@code text}, or null when it is acceptable. */
    public static String reason(CharSequence text) {
        int i = firstRefused(text);
        if (i < 0) {
            return null;
        }
        char c = text.charAt(i);
        String code = String.format("U+%04X", (int) c);
        return c == '\u0000' ? "含有不允许的空字符（" + code + "）" : "含有无效的字符编码（" + code + "）";
    }
}
