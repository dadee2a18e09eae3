package org.zhifa.cases.domain;

import java.util.regex.Pattern;

/** A Chinese motor vehicle plate (GA 36): province character, issuing letter, 5 characters (6 for new energy). */
public final class PlateNumber {

    private static final Pattern PLATE = Pattern.compile(
            "^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]$");

    private PlateNumber() {
    }

    public static String normalize(String text) {
        return text == null ? null : text.replaceAll("[\\s·•-]", "").toUpperCase();
    }

    /** What is wrong with the plate, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        String s = normalize(text);
        if (s == null || s.isEmpty()) {
            return "请填写车牌号";
        }
        return PLATE.matcher(s).matches() ? null : "车牌号格式不正确（如 青H12345）";
    }
}
