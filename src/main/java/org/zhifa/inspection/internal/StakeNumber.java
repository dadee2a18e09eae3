package org.zhifa.inspection.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stake number (桩号) on a road: kilometres and metres, written K2300+200; held as metres from the road's origin.
 */
public record StakeNumber(int metres) {

    private static final Pattern FORMAT = Pattern.compile("^[Kk]?\\s*(\\d{1,5})\\s*(?:\\+\\s*(\\d{1,3}))?$");

    public StakeNumber {
        if (metres < 0) {
            throw new IllegalArgumentException("桩号不能为负数");
        }
    }

    /** Parses K2300+200, k2300+5, 2300+200 or K2300 (= K2300+000). */
    public static StakeNumber parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Matcher m = FORMAT.matcher(text.strip());
        m.matches();
        int km = Integer.parseInt(m.group(1));
        int metres = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return new StakeNumber(km * 1000 + metres);
    }

    /** What is wrong with the text as a stake number, in Chinese, or null. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "请填写桩号";
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return "桩号格式应为 K2300+200";
        }
        return null;
    }

    /** K2300+200. */
    public String text() {
        return "K" + metres / 1000 + "+" + String.format("%03d", metres % 1000);
    }

    @Override
    public String toString() {
        return text();
    }
}
