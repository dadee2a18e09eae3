package org.zhifa.common;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Chinese motor vehicle plate (GA 36): province character, issuing letter, five characters (six for new-energy
 * vehicles), with the trailer, coach and police suffixes. Stored without separators; masked when published.
 */
public final class PlateNumber {

    private static final Pattern PLATE = Pattern.compile(
            "^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]$");

    private final String value;

    private PlateNumber(String value) {
        this.value = value;
    }

    /** Parses a plate (spaces, dots and dashes removed, letters upper-cased), or throws with a Chinese message. */
    public static PlateNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(problem(text)));
    }

    public static Optional<PlateNumber> parse(String text) {
        return problem(text) == null ? Optional.of(new PlateNumber(normalize(text))) : Optional.empty();
    }

    /** What is wrong with the plate, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        String s = normalize(text);
        if (s == null || s.isEmpty()) {
            return "车牌号不能为空";
        }
        return PLATE.matcher(s).matches() ? null : "车牌号格式不正确（如 青H12345）";
    }

    private static String normalize(String text) {
        return text == null ? null : text.replaceAll("[\\s·•.\\-]", "").toUpperCase();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlateNumber other && other.value.equals(value);
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
