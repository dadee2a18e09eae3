package org.zhifa.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0–9 and A–Y without I, O, S, V,
 * Z; the first is the registering authority (9 = market regulation), the second the kind of entity (2 = 个体工商户),
 * the last a check character computed modulo 31 over the first 17 with weights 3^i mod 31. Organisation codes are
 * public registration data and are published in full.
 */
public final class CreditCode {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses a code, or throws {@link IllegalArgumentException} with a Chinese message. */
    public static CreditCode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(problem(text)));
    }

    public static Optional<CreditCode> parse(String text) {
        return problem(text) == null ? Optional.of(new CreditCode(text.strip().toUpperCase())) : Optional.empty();
    }

    /** What is wrong with the text as a credit code, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "统一社会信用代码不能为空";
        }
        String s = text.strip().toUpperCase();
        if (s.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARS.indexOf(s.charAt(i)) < 0) {
                return "统一社会信用代码含有不允许的字符“" + s.charAt(i) + "”";
            }
        }
        return checkCharacter(s.substring(0, 17)) == s.charAt(17) ? null : "统一社会信用代码校验位不正确";
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }

    public String value() {
        return value;
    }

    /** 个体工商户 (registered by market regulation, kind 2): the holder is a natural person whose name is masked. */
    public boolean individualBusiness() {
        return value.startsWith("92");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
