package org.zhifa.evidence;

/**
 * What an evidence item can be linked to. Links are generic (type + id string) so that the cases, inspection and
 * non-site modules link their own records without the evidence module depending on them.
 *
 * <p>A <em>record</em> target (case, inspection, non-site record) is a row of another module that belongs to a unit:
 * a link is accepted only when that module's {@link EvidenceTargetDirectory} finds it and it lies in the linking
 * user's data scope. A vehicle (plate number) or a party is a name of something outside the system, not a record
 * of any unit; links to them are accepted as labels and no rule counts them.
 */
public enum EvidenceTargetType {
    CASE("案件", true),
    INSPECTION("检查", true),
    PARTY("当事人", false),
    VEHICLE("车辆", false),
    NONSITE_RECORD("非现场执法记录", true);

    private final String label;
    private final boolean record;

    EvidenceTargetType(String label, boolean record) {
        this.label = label;
        this.record = record;
    }

    public String label() {
        return label;
    }

    /** A record of a unit, checked for existence and data scope when linked. */
    public boolean record() {
        return record;
    }
}
