package org.zhifa.catalog.model;

/** How the statutory fine of a violation is set by its penalty article. */
public enum RangeKind {
    /** A fixed range in yuan (e.g. 200元以上2000元以下, or 5000元以下). */
    FIXED("固定幅度"),
    /** Multiples of an amount (违法所得、工程合同价款、林木价值), possibly with a fixed fallback range. */
    MULTIPLE("倍数或比例"),
    /** Computed from the excess mass (62号令 第四十三条第一款第（二）项). */
    FORMULA_MASS("按超限质量计算"),
    /** Band by vehicle dimensions (62号令 第四十三条第一款第（一）项). */
    FORMULA_DIMENSION("按外廓尺寸分档"),
    /** No fine: compulsory measures or non-monetary penalties only. */
    NONE("无罚款");

    private final String label;

    RangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
