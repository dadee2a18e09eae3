package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Joins what a person entered into the sentences of a document: a sentence ends with exactly one full stop whether or
 * not the entered text already ends with one (no "。。"), and a date reads as on paper (2026年10月20日, not 2026-10-20).
 */
public final class Sentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Sentences() {
    }

    /** The text without its closing punctuation (。；，.;, and spaces), so that a caller adds its own. */
    public static String bare(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        int end = s.length();
        while (end > 0 && "。；，.;,、 \u3000".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The text as one sentence ending with "。" (kept as is when it ends with ！ or ？). */
    public static String end(String text) {
        String s = bare(text);
        if (s.isEmpty()) {
            return "";
        }
        char last = s.charAt(s.length() - 1);
        return last == '！' || last == '？' || last == '）' && s.endsWith("。）") ? s : s + "。";
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
