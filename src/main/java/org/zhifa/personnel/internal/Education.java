package org.zhifa.personnel.internal;

import java.util.Arrays;
import java.util.Optional;

/** 学历. */
public enum Education {
    POSTGRADUATE("研究生"),
    BACHELOR("大学本科"),
    COLLEGE("大学专科"),
    SECONDARY("中专及高中"),
    OTHER("其他");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code or by Chinese label (as typed in a roster sheet). */
    public static Optional<Education> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
