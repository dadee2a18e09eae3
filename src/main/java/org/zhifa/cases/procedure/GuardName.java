package org.zhifa.cases.procedure;

/** The guards a transition may declare; each is implemented by one named policy in {@code org.zhifa.cases.rules}. */
public enum GuardName {
    TWO_OFFICERS("两名以上具有执法资格的执法人员", "《行政处罚法》第四十二条"),
    RECUSAL("回避", "《行政处罚法》第四十三条"),
    LIMITATION("追责时效", "《行政处罚法》第三十六条"),
    CONTINUOUS_RECORDING("全程音像记录", "《行政处罚法》第四十七条"),
    ONE_ACT_ONE_FINE("一事不再罚", "《行政处罚法》第二十九条"),
    DISCRETION_REASON("裁量幅度外须说明理由", "《行政处罚法》第三十四条"),
    LEGAL_REVIEW_APPLIES("须经法制审核", "《行政处罚法》第五十八条"),
    LEGAL_REVIEW_PASSED("法制审核已通过", "《行政处罚法》第五十八条"),
    REVIEWER_INDEPENDENT("审核人员独立且具备资格", "《行政处罚法》第五十八条"),
    HEARING_RIGHTS_STATED("告知听证权利", "《行政处罚法》第四十四条、第六十三条"),
    HEARING_REQUEST_WINDOW("听证申请期限", "《行政处罚法》第六十四条"),
    HEARING_NOTICE_PERIOD("听证通知提前七日", "《行政处罚法》第六十四条"),
    PRESIDING_NOT_INVESTIGATOR("听证主持人非调查人员", "《行政处罚法》第六十四条"),
    HEARING_HELD("听证已举行", "《行政处罚法》第六十四条"),
    STATEMENT_CONCLUDED("陈述申辩或听证已结束", "《行政处罚法》第四十四条、第四十五条、第六十二条"),
    NO_RAISE_AFTER_STATEMENT("不因陈述申辩加重处罚", "《行政处罚法》第四十五条"),
    HEARING_RECORD_CITED("依据听证笔录作出决定", "《行政处罚法》第六十五条"),
    COLLECTIVE_DISCUSSION_HELD("集体讨论", "《行政处罚法》第五十七条"),
    CASE_TIME_LIMIT("九十日办案期限", "《行政处罚法》第六十条"),
    EXTENSION_LIMIT("延长办案期限须经批准", "《行政处罚法》第六十条"),
    EXEMPTION_RECORDS("免罚须有教育记录与承诺书", "《行政处罚法》第三十三条"),
    SERVICE_METHOD("送达方式", "《行政处罚法》第六十一条"),
    PAYMENT_OVERDUE("逾期未缴纳", "《行政强制法》第五十四条"),
    REMINDER_ELAPSED("催告期满", "《行政强制法》第五十四条"),
    EXECUTION_COMPLETE("执行完毕", "《行政处罚法》第六十七条"),
    SIMPLIFIED_COPY_FILED("当场处罚决定书已备案", "《行政处罚法》第五十二条"),
    FILE_COMPLETE("案卷完整", "《交通运输行政执法程序规定》第九十一条"),
    SUPERIOR_UNIT("上级机关或监督机构签收", "方案第21条"),
    MAJOR_DECISION("重大行政处罚决定", "方案第21条"),
    RETURN_TO_EARLIER("只能退回到之前的环节", "《交通运输行政执法程序规定》");

    private final String label;
    private final String article;

    GuardName(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
