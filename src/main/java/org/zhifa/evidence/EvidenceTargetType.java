package org.zhifa.evidence;

/**
 * What an evidence item can be linked to. Links are generic (type + id string) so that the cases, inspection and
 * non-site modules link their own records without the evidence module depending on them.
 */
public enum EvidenceTargetType {
    CASE("案件"),
    INSPECTION("检查"),
    PARTY("当事人"),
    VEHICLE("车辆"),
    NONSITE_RECORD("非现场执法记录");

    private final String label;

    EvidenceTargetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
