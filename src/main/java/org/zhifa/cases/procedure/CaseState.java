package org.zhifa.cases.procedure;

/**
 * The states of a penalty case (legal-rules §3). The order of declaration is the order of the procedure: a return
 * (退回) may only go to an earlier state of the same path.
 */
public enum CaseState {
    REGISTERED("案源登记", false),
    FILING_APPROVAL("待立案审批", false),
    INVESTIGATION("调查取证", false),
    INVESTIGATION_CONCLUDED("调查终结", false),
    CASE_REVIEW("案件审核", false),
    LEGAL_REVIEW("法制审核", false),
    NOTICE("告知", false),
    STATEMENT("陈述申辩/听证", false),
    HEARING_LEGAL_REVIEW("听证后法制审核", false),
    COLLECTIVE_DISCUSSION("集体讨论", false),
    DECISION("决定", false),
    SERVICE("送达", false),
    EXECUTION("执行", false),
    TRANSFER_APPROVAL("移送审批", false),
    TRANSFERRED("已移送", false),
    NOT_FILED("不予立案", false),
    CLOSURE_APPROVAL("结案审批", false),
    CLOSED("结案", false),
    ARCHIVED("归档", true);

    private final String label;
    private final boolean terminal;

    CaseState(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    public String label() {
        return label;
    }

    /** Nothing can be added to the file any more (归档). */
    public boolean terminal() {
        return terminal;
    }

    /** Before the decision: the 90-day limit (处罚法 Art. 60) runs and the case may still be changed. */
    public boolean beforeDecision() {
        return ordinal() <= DECISION.ordinal() || this == TRANSFER_APPROVAL;
    }
}
