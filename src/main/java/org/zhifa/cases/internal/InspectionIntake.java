package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.InspectionCaseIntake;
import org.zhifa.cases.domain.ActFacts;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.PartyFacts;
import org.zhifa.cases.steps.Register;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.UserDirectory;

/**
 * A suspected violation found by an inspection or patrol becomes a case at 案源登记 (source 执法检查发现) through the
 * engine's {@code register} step, as the person who turns the finding into a case source, with the finding officers;
 * the source reference is kept in {@code case_inspection_source} so that each side finds the other.
 */
@Service
class InspectionIntake implements InspectionCaseIntake {

    private final CaseWorkflow workflow;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionIntake(CaseWorkflow workflow, UserDirectory users, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.workflow = workflow;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long register(Request r) {
        LocalDate today = LocalDate.now(clock);
        // the inspection found the act on its day: the act date is also the day of discovery (处罚法 Art. 36, 41)
        ActFacts act = new ActFacts(CaseSource.INSPECTION, r.sourceNote(), r.category(), List.of(r.violationCode()),
                r.actDate(), null, null, r.place(), null, null, r.actDate(), r.facts(), false,
                new PartyFacts(r.partyKind(), r.partyName(), r.partyIdNumber(), r.partyAddress(), null),
                r.plateNumber(), r.officerIds());
        var actor = UserActor.of(users.find(r.registeredBy())
                .orElseThrow(() -> new NotFoundException("登记人员不存在：" + r.registeredBy())));
        long caseId = workflow.open(workflow.step(Register.TRANSITION.name()),
                new Register.Input(today, null, r.unitId(), act), actor).caseId();
        jdbc.sql("insert into case_inspection_source (case_id, source_reference) values (:c, :s)")
                .param("c", caseId).param("s", r.sourceReference()).update();
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
