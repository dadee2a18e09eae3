package org.zhifa.cases;

/** The four outcomes of a penalty case (《行政处罚法》第五十七条). */
public enum DecisionOutcome {
    PENALTY("给予行政处罚"),
    NO_PENALTY_MINOR("违法行为轻微，依法不予行政处罚"),
    NO_PENALTY_NOT_ESTABLISHED("违法事实不能成立，不予行政处罚"),
    TRANSFER_TO_JUDICIAL("违法行为涉嫌犯罪，移送司法机关");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
