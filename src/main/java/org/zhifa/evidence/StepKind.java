package org.zhifa.evidence;

/**
 * Enforcement steps that restrict liberty or property, and hearings: each must be covered by a continuous
 * audio-video record (《行政处罚法》第四十七条；方案第12条).
 */
public enum StepKind {
    SEIZURE("查封扣押"),
    SEALING("查封"),
    COMPULSORY_MEASURE("行政强制措施"),
    FORCED_REMOVAL("强制拆除、清除"),
    HEARING("听证");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
