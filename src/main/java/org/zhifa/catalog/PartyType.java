package org.zhifa.catalog;

/** Who can be penalised for a violation (行政处罚法 第二条: 公民、法人或者其他组织). */
public enum PartyType {
    CITIZEN("公民"),
    ORGANISATION("法人或者其他组织");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
