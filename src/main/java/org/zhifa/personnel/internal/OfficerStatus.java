package org.zhifa.personnel.internal;

import java.util.Arrays;
import java.util.Optional;

/** 在岗 or 已退出执法岗位. */
public enum OfficerStatus {
    ACTIVE("在岗"),
    LEFT("已离岗");

    private final String label;

    OfficerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code or by Chinese label (as typed in a roster sheet). */
    public static Optional<OfficerStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
