package org.zhifa.cases.procedure;

import org.zhifa.cases.rules.Articles;
import org.zhifa.common.LegalBasis;

/** The guards a step may declare; each is implemented by one named policy in {@code org.zhifa.cases.rules}. */
public enum GuardName {
    TWO_OFFICERS("两名以上当日持证、执法门类相符的执法人员", Articles.TWO_OFFICERS),
    RECUSAL("回避", Articles.RECUSAL),
    LIMITATION("追责时效", Articles.LIMITATION),
    CONTINUOUS_RECORDING("全程音像记录", Articles.FULL_RECORDING),
    ONE_ACT_ONE_FINE("一事不再罚（同一违法行为）", Articles.ONE_ACT_ONE_FINE),
    DISCRETION_REASON("裁量幅度外须说明理由", Articles.DISCRETION_BENCHMARK),
    PENALTY_PROVIDED("处罚种类、没收违法所得和责令改正以违法行为的处罚依据为限", Articles.CORRECTION_AND_GAINS),
    LEGAL_REVIEW_APPLIES("须经法制审核", Articles.LEGAL_REVIEW),
    LEGAL_REVIEW_PASSED("法制审核已通过", Articles.LEGAL_REVIEW),
    REVIEWER_INDEPENDENT("审核人员独立且具备资格", Articles.REVIEWER_QUALIFICATION),
    SERVICE_METHOD("送达方式及送达回证记载", Articles.SERVICE),
    HEARING_REQUEST_WINDOW("听证申请期限", Articles.HEARING_REQUEST),
    HEARING_NOTICE_PERIOD("听证七日前通知", Articles.HEARING_NOTICE),
    PRESIDING_NOT_INVESTIGATOR("听证主持人非调查人员", Articles.HEARING_PRESIDING),
    HEARING_HELD("听证已举行", Articles.HEARING),
    HEARING_REVIEWED("听证后经法制审核", Articles.LEGAL_REVIEW_AFTER_HEARING),
    STATEMENT_CONCLUDED("陈述申辩或听证已结束", Articles.NO_DECISION_WITHOUT_NOTICE),
    STATEMENTS_REVIEWED("陈述申辩均经书面复核", Articles.STATEMENT),
    WAIVER_CONSISTENT("放弃陈述申辩与案卷记录一致", Articles.STATEMENT),
    NO_RAISE_AFTER_STATEMENT("不因陈述申辩加重处罚", Articles.STATEMENT),
    HEARING_RECORD_CITED("依据听证笔录作出决定", Articles.HEARING_RECORD),
    COLLECTIVE_DISCUSSION_HELD("集体讨论", Articles.COLLECTIVE_DISCUSSION),
    CASE_TIME_LIMIT("九十日办案期限", Articles.CASE_LIMIT),
    EXTENSION_LIMIT("延长办案期限须在期限届满前经批准", Articles.CASE_LIMIT),
    EXEMPTION_RECORDS("免罚须有教育记录与承诺书", Articles.EDUCATION),
    RECONSIDERATION_BODY("行政复议机关为本级人民政府（本单位设置）", Articles.RECONSIDERATION_BODY),
    SIMPLIFIED_LIMIT("简易程序处罚限额", Articles.SIMPLIFIED_LIMIT),
    ON_SPOT_COLLECTION("当场收缴罚款的情形", Articles.ON_SPOT_COLLECTION),
    PAYMENT_OVERDUE("逾期未缴纳", Articles.REMINDER),
    REMINDER_ELAPSED("催告期满", Articles.REMINDER),
    EXECUTION_COMPLETE("执行完毕", Articles.SEPARATE_COLLECTION),
    SIMPLIFIED_COPY_FILED("当场处罚决定书已备案", Articles.ON_THE_SPOT_DECISION),
    CASH_HANDED_IN("当场收缴的罚款已交付", Articles.CASH_HAND_IN),
    FILE_COMPLETE("案卷完整", Articles.CLOSURE_AND_ARCHIVE),
    MAJOR_DECISION("重大行政处罚决定", Articles.MAJOR_FILING),
    SUPERIOR_UNIT("上级机关或监督机构签收", Articles.MAJOR_FILING);

    private final String label;
    private final LegalBasis basis;

    GuardName(String label, LegalBasis basis) {
        this.label = label;
        this.basis = basis;
    }

    public String label() {
        return label;
    }

    public LegalBasis basis() {
        return basis;
    }
}
