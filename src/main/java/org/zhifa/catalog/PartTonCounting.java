package org.zhifa.catalog;

/**
 * How a part of 1,000 kg counts in the over-limit mass fine (62号令 第四十三条第一款第（二）项 "每超1000千克罚款500元").
 * The national text does not say; legal-rules.md §5 (cfg) defaults to counting only full units.
 */
public enum PartTonCounting {
    /** Only full 1,000 kg units count: 2,500 kg over → 2 units → 1,000 yuan. */
    FULL_UNITS_ONLY("仅计满1000千克的部分"),
    /** A started 1,000 kg unit counts as a full one: 2,500 kg over → 3 units → 1,500 yuan. */
    ROUND_UP("不足1000千克的部分按1000千克计");

    private final String label;

    PartTonCounting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
