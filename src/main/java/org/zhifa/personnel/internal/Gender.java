package org.zhifa.personnel.internal;

import java.util.Arrays;
import java.util.Optional;

/** 性别. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code or by Chinese label (as typed in a roster sheet). */
    public static Optional<Gender> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
