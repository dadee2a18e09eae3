package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.InspectionCaseIntake;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.Party;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.personnel.OfficerEligibility;

/**
 * A suspected violation found by an inspection or patrol becomes a case at 案源登记 (source 执法检查发现), with the
 * finding officers; the source reference is kept in {@code case_inspection_source} so that each side finds the other.
 */
@Service
class InspectionIntake implements InspectionCaseIntake {

    private final CaseRepository cases;
    private final CatalogPort catalog;
    private final OfficerEligibility personnel;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionIntake(CaseRepository cases, CatalogPort catalog, OfficerEligibility personnel, CaseClocks clocks,
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
    public long register(Request r) {
        LocalDate today = LocalDate.now(clock);
        List<CaseOfficer> officers = new ArrayList<>();
        for (long id : r.officerIds()) {
            personnel.find(id).ifPresent(o -> officers.add(new CaseOfficer(o.id(), o.userId(), o.name(), o.auxiliary(),
                    o.certificateNumber(), false)));
        }
        PenaltyCase c = PenaltyCase.register(r.unitId(), Procedure.ORDINARY, CaseSource.INSPECTION, r.sourceNote(),
                List.of(catalog.violationOrCode(r.violationCode(), r.actDate(), r.partyKind())),
                new ActDetails(r.actDate(), null, r.place(), null, null, r.actDate(), r.facts(), false),
                new Party(r.partyKind(), r.partyName(), r.partyIdNumber(), r.partyAddress(), null), r.plateNumber(),
                officers, today, r.registeredBy());
        long caseId = cases.insert(c);
        jdbc.sql("insert into case_inspection_source (case_id, source_reference) values (:c, :s)")
                .param("c", caseId).param("s", r.sourceReference()).update();
        clocks.start(caseId, ClockKind.FILING_DECISION, r.actDate());
        cases.setNextDue(caseId);
        audit.success("CASE_INSPECTION_INTAKE", "PENALTY_CASE", caseId, "检查发现的案源：" + r.sourceNote() + "（"
                + r.sourceReference() + "，证据 " + r.evidenceIds() + "）");
        return caseId;
    }

    @Override
    public Optional<Long> caseOf(String sourceReference) {
        return jdbc.sql("select case_id from case_inspection_source where source_reference = :s order by case_id limit 1")
                .param("s", sourceReference).query(Long.class).optional();
    }
}
