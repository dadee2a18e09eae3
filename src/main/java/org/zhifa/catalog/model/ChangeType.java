package org.zhifa.catalog.model;

/** Why a matter changed (立改废释, 方案 27), with the status it leads to (null: unchanged). */
public enum ChangeType {
    ESTABLISHED("立（新增）", CatalogStatus.IN_FORCE),
    AMENDED("改（修改）", null),
    REPEALED("废（取消）", CatalogStatus.CANCELLED),
    INTERPRETED("释（解释）", null),
    SUSPENDED("暂停实施", CatalogStatus.SUSPENDED),
    RESUMED("恢复实施", CatalogStatus.IN_FORCE);

    private final String label;
    private final CatalogStatus leadsTo;

    ChangeType(String label, CatalogStatus leadsTo) {
        this.label = label;
        this.leadsTo = leadsTo;
    }

    public String label() {
        return label;
    }

    public CatalogStatus statusAfter(CatalogStatus current) {
        return leadsTo == null ? current : leadsTo;
    }
}
