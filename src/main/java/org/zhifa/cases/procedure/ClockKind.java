package org.zhifa.cases.procedure;

/**
 * The legal clocks of a case, each with its basis (legal-rules §1, §3, §7, §9). Periods of ten days or less in
 * 处罚法/强制法 are working days (处罚法 Art. 85; 强制法 Art. 69); the others are calendar periods. The lengths that
 * are settings live in {@code CaseProperties}; the defaults are given here.
 */
public enum ClockKind {
    FILING_DECISION("立案审批期限", "《交通运输行政执法程序规定》第六十二条", 7, false),
    CASE_LIMIT("办案期限", "《行政处罚法》第六十条", 90, false),
    EVIDENCE_PRESERVATION("证据登记保存处理期限", "《行政处罚法》第五十六条", 7, true),
    COMPULSORY_MEASURE("行政强制措施期限", "《行政强制法》第二十五条", 30, false),
    STATEMENT_WINDOW("陈述申辩期限", "《行政处罚法》第四十五条", 3, true),
    HEARING_REQUEST("听证申请期限", "《行政处罚法》第六十四条", 5, true),
    DECISION_SERVICE("决定书送达期限", "《行政处罚法》第六十一条", 7, true),
    PAYMENT("缴纳罚款期限", "《行政处罚法》第六十七条", 15, false),
    INSTALMENT("分期缴纳期限", "《行政处罚法》第六十六条", 0, false),
    REMINDER("催告履行期限", "《行政强制法》第五十四条、第六十九条", 10, true),
    COURT_APPLICATION("申请法院强制执行期限", "《行政强制法》第五十三条", 0, false),
    MAJOR_FILING("重大行政处罚决定备案期限", "方案第21条", 5, true),
    SIMPLIFIED_FILING("当场处罚决定书备案期限", "《行政处罚法》第五十二条", 5, true),
    TRANSFER_DECISION("移送审批期限", "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条", 3, false),
    TRANSFER_HANDOVER("移送期限（24小时）", "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条", 1, false);

    private final String label;
    private final String basis;
    private final int defaultDays;
    private final boolean workingDays;

    ClockKind(String label, String basis, int defaultDays, boolean workingDays) {
        this.label = label;
        this.basis = basis;
        this.defaultDays = defaultDays;
        this.workingDays = workingDays;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** Working days (≤ 10-day periods of 处罚法 Art. 85 / 强制法 Art. 69) or calendar days. */
    public boolean workingDays() {
        return workingDays;
    }
}
