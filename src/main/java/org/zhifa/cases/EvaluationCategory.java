package org.zhifa.cases;

/**
 * The category of a closed case file for case-file evaluation (案卷评查, 方案 5): the plan draws at least ten files of
 * each, or all where fewer.
 */
public enum EvaluationCategory {
    ORDINARY("普通程序"),
    SIMPLIFIED("简易程序"),
    NON_SITE("非现场执法"),
    TRANSFER("移送司法"),
    NO_PENALTY("不予处罚");

    private final String label;

    EvaluationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A file's category: a transfer to the judicial organs and a decision not to penalise are their own categories
     * whatever the procedure; otherwise non-site cases (source 非现场执法), then the procedure.
     */
    public static EvaluationCategory of(String procedure, String source, String outcome, String state) {
        if ("TRANSFER_TO_JUDICIAL".equals(outcome) || "TRANSFERRED".equals(state)) {
            return TRANSFER;
        }
        if (outcome != null && outcome.startsWith("NO_PENALTY")) {
            return NO_PENALTY;
        }
        if ("NONSITE".equals(source)) {
            return NON_SITE;
        }
        return "SIMPLIFIED".equals(procedure) ? SIMPLIFIED : ORDINARY;
    }
}
