package org.zhifa.personnel.internal;

import java.util.Arrays;
import java.util.Optional;

/** 用人方式 of an officer or auxiliary staff member. */
public enum EmploymentType {
    CIVIL_SERVANT("公务员"),
    REFERENCE_CIVIL_SERVANT("参照公务员法管理"),
    INSTITUTION("事业编制"),
    CONTRACT("合同制"),
    DISPATCHED("劳务派遣");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code or by Chinese label (as typed in a roster sheet). */
    public static Optional<EmploymentType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
