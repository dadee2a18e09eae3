package org.zhifa.inspection;

/** What an inspection concluded. */
public enum InspectionOutcome {
    NO_PROBLEM("未发现问题"),
    CORRECTION("责令改正"),
    CASE_SOURCE("涉嫌违法，移交立案");

    private final String label;

    InspectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
