package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.NonSiteCaseIntake;
import org.zhifa.cases.NonSiteCaseRequest;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.CreditCode;
import org.zhifa.cases.domain.Party;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PlateNumber;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.common.ChinaTime;
import org.zhifa.personnel.IdCardNumber;
import org.zhifa.personnel.OfficerEligibility;

/**
 * A confirmed non-site record becomes a case at 案源登记 (处罚法 Art. 41), with a notice number the party uses with
 * the plate on the public portal. The reviewing person is listed as an officer when registered in personnel.
 */
@Service
class NonSiteIntake implements NonSiteCaseIntake {

    private final CaseRepository cases;
    private final CatalogPort catalog;
    private final OfficerEligibility personnel;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    NonSiteIntake(CaseRepository cases, CatalogPort catalog, OfficerEligibility personnel, CaseClocks clocks,
            AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.catalog = catalog;
        this.personnel = personnel;
        this.clocks = clocks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Draft createDraft(NonSiteCaseRequest r) {
        LocalDate act = r.actTime().atZone(ChinaTime.ZONE).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        PartyKind kind = r.ownerKind() == null ? PartyKind.CITIZEN : r.ownerKind();
        String id = r.ownerIdNumber() == null ? null : r.ownerIdNumber().trim().toUpperCase();
        boolean valid = id != null && (kind == PartyKind.CITIZEN ? IdCardNumber.problem(id) == null
                : CreditCode.problem(id) == null);
        List<CaseOfficer> officers = new ArrayList<>();
        personnel.findByUserId(r.reviewerUserId()).filter(o -> !o.auxiliary()).ifPresent(o -> officers.add(
                new CaseOfficer(o.id(), o.userId(), o.name(), false, o.certificateNumber(), false)));
        String plate = r.plateNumber() == null ? null : PlateNumber.normalize(r.plateNumber());
        PenaltyCase c = PenaltyCase.register(r.unitId(), Procedure.ORDINARY, CaseSource.NONSITE,
                "非现场执法线索 " + r.clueReference(), List.of(catalog.violationOrCode(r.violationCode(), act, kind)),
                new ActDetails(act, null, r.place(), null, null, today, r.facts(), false),
                new Party(kind, r.ownerName(), valid ? id : null, r.ownerAddress(), r.ownerPhone()), plate, officers,
                today, r.reviewerUserId());
        long caseId = cases.insert(c);
        String notice = "FX" + r.unitId() + act.toString().replace("-", "") + caseId;
        jdbc.sql("update penalty_case set notice_number = :n where id = :id").param("n", notice).param("id", caseId)
                .update();
        clocks.start(caseId, ClockKind.FILING_DECISION, today);
        cases.setNextDue(caseId);
        audit.success("CASE_NONSITE_INTAKE", "PENALTY_CASE", caseId, "非现场执法案源 " + notice + "（线索 "
                + r.clueReference() + "，证据 " + r.evidenceIds() + "）");
        return new Draft(caseId, notice);
    }

}
