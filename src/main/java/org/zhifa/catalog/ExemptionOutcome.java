package org.zhifa.catalog;

/** Result of the exemption check (处罚法 第三十三条). */
public enum ExemptionOutcome {
    /** 不予行政处罚: minor, promptly corrected, no harmful consequence; or no fault proven. */
    MUST_NOT_PENALISE("依法不予行政处罚"),
    /** 可以不予行政处罚: first offence, minor harm, promptly corrected (首违不罚, per the exemption list). */
    MAY_WAIVE("可以不予行政处罚（首违不罚）"),
    /** The exemption does not apply; the unmet conditions say why. */
    NOT_APPLICABLE("不适用免罚");

    private final String label;

    ExemptionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
