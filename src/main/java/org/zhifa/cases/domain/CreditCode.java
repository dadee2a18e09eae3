package org.zhifa.cases.domain;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, S, V, Z; the last one is a check
 * character computed modulo 31 over the first 17 with weights 3^i mod 31.
 */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** What is wrong with the code, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "统一社会信用代码不能为空";
        }
        String s = text.trim().toUpperCase();
        if (s.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(s.charAt(i));
            if (v < 0) {
                return "统一社会信用代码含有不允许的字符“" + s.charAt(i) + "”";
            }
            sum += v * WEIGHTS[i];
        }
        if (CHARS.indexOf(s.charAt(17)) < 0 || checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
            return "统一社会信用代码校验位不正确";
        }
        return null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARS.charAt(c == 31 ? 0 : c);
    }
}
