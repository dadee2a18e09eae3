package org.zhifa.catalog.model;

/** What a factor does to the recommendation. */
public enum FactorEffect {
    /** 从轻: lower within the tier's range. */
    LOWER_WITHIN_RANGE("在幅度内从轻"),
    /** 减轻: below the statutory minimum, only where the law allows it (处罚法 第三十条、第三十二条). */
    BELOW_RANGE("减轻（低于法定最低限）"),
    /** 从重: in the upper part of the tier's range, never above it. */
    UPPER_PART_OF_RANGE("在幅度内从重");

    private final String label;

    FactorEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
