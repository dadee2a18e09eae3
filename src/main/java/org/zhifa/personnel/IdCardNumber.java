package org.zhifa.personnel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity card number (GB 11643-1999): 17 digits and a check character computed with ISO 7064
 * MOD 11-2. Only the masked form ({@link #masked()}) is ever shown; the full number is stored SM4-encrypted.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private final String value;

    private IdCardNumber(String value) {
        this.value = value;
    }

    /** Parses a number, or throws {@link IllegalArgumentException} with a Chinese message. */
    public static IdCardNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(problem(text)));
    }

    public static Optional<IdCardNumber> parse(String text) {
        return problem(text) == null ? Optional.of(new IdCardNumber(normalize(text))) : Optional.empty();
    }

    /** What is wrong with the text as an ID number, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "身份证号不能为空";
        }
        String s = normalize(text);
        if (!s.matches("\\d{17}[0-9X]")) {
            return "身份证号应为18位（前17位为数字，末位为数字或X）";
        }
        try {
            LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return "身份证号中的出生日期不正确";
        }
        if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
            return "身份证号校验位不正确";
        }
        return null;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static String normalize(String text) {
        return text.trim().toUpperCase();
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** 632801********1234: area code and last four characters only. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCardNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked, so that a log line or a stray string concatenation never leaks the number. */
    @Override
    public String toString() {
        return masked();
    }
}
