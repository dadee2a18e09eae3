package org.zhifa.cases.procedure;

import org.zhifa.cases.rules.Articles;
import org.zhifa.common.LegalBasis;

/**
 * The legal clocks of a case, each with its basis (legal-rules §1, §3, §7, §9). Periods of ten days or less in
 * 处罚法/强制法 are working days (处罚法 Art. 85; 强制法 Art. 69); the others are calendar periods. The lengths that
 * are settings live in {@code CaseProperties}; the defaults are given here.
 */
public enum ClockKind {
    FILING_DECISION("立案审批期限", Articles.FILING_DECISION, 7, false),
    CASE_LIMIT("办案期限", Articles.CASE_LIMIT, 90, false),
    EVIDENCE_PRESERVATION("证据登记保存处理期限", Articles.PRESERVATION, 7, true),
    COMPULSORY_MEASURE("行政强制措施期限", Articles.MEASURE_PERIOD, 30, false),
    STATEMENT_WINDOW("陈述申辩期限", Articles.STATEMENT, 3, true),
    HEARING_REQUEST("听证申请期限", Articles.HEARING_REQUEST, 5, true),
    DECISION_SERVICE("决定书送达期限", Articles.SERVICE, 7, true),
    PAYMENT("缴纳罚款期限", Articles.SEPARATE_COLLECTION, 15, false),
    INSTALMENT("分期缴纳期限", Articles.DEFERRAL, 0, false),
    CASH_HAND_IN("当场收缴罚款交付期限", Articles.CASH_HAND_IN, 2, true),
    REMINDER("催告履行期限", Articles.REMINDER, 10, true),
    COURT_APPLICATION("申请法院强制执行期限", Articles.COURT_APPLICATION, 0, false),
    MAJOR_FILING("重大行政处罚决定备案期限", Articles.MAJOR_FILING, 5, true),
    SIMPLIFIED_FILING("当场处罚决定书备案期限", Articles.ON_THE_SPOT_DECISION, 5, true),
    TRANSFER_DECISION("移送审批期限", Articles.TRANSFER_TIMES, 3, false),
    TRANSFER_HANDOVER("移送期限（24小时）", Articles.TRANSFER_TIMES, 1, false);

    private final String label;
    private final LegalBasis basis;
    private final int defaultDays;
    private final boolean workingDays;

    ClockKind(String label, LegalBasis basis, int defaultDays, boolean workingDays) {
        this.label = label;
        this.basis = basis;
        this.defaultDays = defaultDays;
        this.workingDays = workingDays;
    }

    public String label() {
        return label;
    }

    public LegalBasis basis() {
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
