package org.zhifa.personnel.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.zhifa.common.Rejection;

/**
 * An officer (执法人员) or auxiliary staff member (执法辅助人员) of a unit. Leaving the enforcement post is a
 * guarded step: it ends eligibility and starts the cancellation of the certificate (方案第6条).
 */
public class Officer {

    static final String ARTICLE_QUALIFICATION = "方案第6条";

    private final Long id;
    private final StaffKind kind;
    private long unitId;
    private OfficerDetails details;
    private OfficerStatus status;
    private LocalDate leftOn;
    private final int version;

    public Officer(Long id, StaffKind kind, long unitId, OfficerDetails details, OfficerStatus status,
            LocalDate leftOn, int version) {
        this.id = id;
        this.kind = Objects.requireNonNull(kind);
        this.unitId = unitId;
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.leftOn = leftOn;
        this.version = version;
    }

    public static Officer register(StaffKind kind, long unitId, OfficerDetails details) {
        checkTerms(kind, details);
        return new Officer(null, kind, unitId, details, OfficerStatus.ACTIVE, null, 0);
    }

    public void revise(long newUnitId, OfficerDetails newDetails) {
        checkTerms(kind, newDetails);
        this.unitId = newUnitId;
        this.details = newDetails;
    }

    /** Leaves the enforcement post on {@code date}; from that day on the person may not act. */
    public void leave(LocalDate date) {
        if (status == OfficerStatus.LEFT) {
            throw Rejection.of(ARTICLE_QUALIFICATION, "该人员已于 " + leftOn + " 退出执法岗位").exception();
        }
        if (details.joinedOn() != null && date.isBefore(details.joinedOn())) {
            throw Rejection.of(ARTICLE_QUALIFICATION, "离岗日期不能早于入职日期 " + details.joinedOn()).exception();
        }
        this.status = OfficerStatus.LEFT;
        this.leftOn = date;
    }

    /** Whether the person holds the post on {@code date} (left_on is the first day out of post). */
    public boolean inPostOn(LocalDate date) {
        return leftOn == null || date.isBefore(leftOn);
    }

    private static void checkTerms(StaffKind kind, OfficerDetails d) {
        if (kind == StaffKind.OFFICER && d.responsibleOfficerId() != null) {
            throw new IllegalArgumentException("执法人员不设责任人");
        }
        if (d.contractStart() != null && d.contractEnd() != null && d.contractEnd().isBefore(d.contractStart())) {
            throw Rejection.of("方案第7条", "聘用合同的结束日期不能早于开始日期").exception();
        }
        if (d.legalQualification() && (d.legalQualificationNo() == null || d.legalQualificationNo().isBlank())) {
            throw Rejection.of("《行政处罚法》第五十八条", "具有法律职业资格的，须填写法律职业资格证书编号").exception();
        }
    }

    public Long id() {
        return id;
    }

    public StaffKind kind() {
        return kind;
    }

    public boolean auxiliary() {
        return kind == StaffKind.AUXILIARY;
    }

    public long unitId() {
        return unitId;
    }

    public OfficerDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    public Long userId() {
        return details.userId();
    }

    public OfficerStatus status() {
        return status;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public int version() {
        return version;
    }
}
