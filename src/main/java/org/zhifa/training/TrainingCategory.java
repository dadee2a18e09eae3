package org.zhifa.training;

import java.util.Arrays;
import java.util.Optional;

/** 培训类别. Only legal, business and skills training count toward the annual target (方案第2条). */
public enum TrainingCategory {
    LEGAL("公共法律知识", true),
    BUSINESS("业务知识", true),
    SKILLS("执法技能", true),
    POLITICAL("政治理论", false);

    private final String label;
    private final boolean countsTowardTarget;

    TrainingCategory(String label, boolean countsTowardTarget) {
        this.label = label;
        this.countsTowardTarget = countsTowardTarget;
    }

    public String label() {
        return label;
    }

    /** Political education is required besides, and never instead of, the 60 hours. */
    public boolean countsTowardTarget() {
        return countsTowardTarget;
    }

    public static Optional<TrainingCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
