package org.zhifa.catalog.model;

/** Status of a matter or violation in the catalogue. */
public enum CatalogStatus {
    IN_FORCE("实施中"),
    SUSPENDED("暂停实施"),
    CANCELLED("已取消");

    private final String label;

    CatalogStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
