package org.zhifa.catalog;

/** Kinds of administrative penalty (行政处罚法 第九条) that a violation's penalty article allows. */
public enum PenaltyKind {
    WARNING("警告"),
    FINE("罚款"),
    CONFISCATION("没收违法所得、没收非法财物"),
    SUSPENSION("责令停产停业、暂扣许可证件"),
    REVOCATION("吊销许可证件"),
    DOWNGRADE("降低资质等级"),
    OTHER("其他行政处罚");

    private final String label;

    PenaltyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
