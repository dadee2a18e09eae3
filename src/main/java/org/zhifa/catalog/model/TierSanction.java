package org.zhifa.catalog.model;

/** What a discretion tier recommends. Ordered from lightest to heaviest for 从旧兼从轻 comparisons. */
public enum TierSanction {
    WARNING("警告"),
    FINE("罚款（固定幅度）"),
    FINE_MULTIPLE("罚款（倍数）"),
    NON_MONETARY("其他处罚（如吊销、停业整顿）");

    private final String label;

    TierSanction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
