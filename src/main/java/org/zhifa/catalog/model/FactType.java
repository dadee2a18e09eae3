package org.zhifa.catalog.model;

/** Type of a fact that selects a discretion tier. */
public enum FactType {
    BOOLEAN("是/否"),
    NUMBER("数值"),
    CHOICE("选项");

    private final String label;

    FactType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
