package org.zhifa.cases.domain;

/** 案件来源 (立案登记表, legal-rules §3). */
public enum CaseSource {
    INSPECTION("执法检查发现"),
    REPORT("投诉举报经核实"),
    ASSIGNED("上级机关交办"),
    SUBORDINATE("下级机关报请"),
    TRANSFERRED("其他部门移送"),
    NONSITE("非现场执法"),
    OTHER("其他");

    private final String label;

    CaseSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
