package org.zhifa.personnel.internal;

import java.util.Arrays;
import java.util.Optional;

/** 执法人员 or 执法辅助人员 (auxiliary staff never act alone, 方案第7条). */
public enum StaffKind {
    OFFICER("执法人员"),
    AUXILIARY("执法辅助人员");

    private final String label;

    StaffKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code or by Chinese label (as typed in a roster sheet). */
    public static Optional<StaffKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
