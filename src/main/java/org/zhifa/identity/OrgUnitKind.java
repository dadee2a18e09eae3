package org.zhifa.identity;

/** Kinds of enforcement unit. */
public enum OrgUnitKind {
    PREFECTURE_BUREAU("州交通运输局"),
    SUPERVISION_BUREAU("执法监督局"),
    COUNTY_BUREAU("市县交通运输局"),
    BRIGADE("综合行政执法大队");

    private final String label;

    OrgUnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
