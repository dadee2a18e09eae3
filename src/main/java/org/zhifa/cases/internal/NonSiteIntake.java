package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.NonSiteCaseIntake;
import org.zhifa.cases.NonSiteCaseRequest;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActFacts;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.CreditCode;
import org.zhifa.cases.domain.PartyFacts;
import org.zhifa.cases.steps.Register;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.UserDirectory;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.IdCardNumber;

/**
 * A confirmed non-site record becomes a case at 案源登记 (处罚法 Art. 41) through the engine's {@code register} step, as
 * the person who reviewed and confirmed it, with the facts the device sent and the review established, and a notice
 * number the party uses with the plate on the public portal.
 */
@Service
class NonSiteIntake implements NonSiteCaseIntake {

    /** Over-limit transport on highways is 公路路政 (62号令; the certificate field the officers need). */
    private static final EnforcementCategory OVER_LIMIT_CATEGORY = EnforcementCategory.HIGHWAY_ADMINISTRATION;

    private final CaseWorkflow workflow;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    NonSiteIntake(CaseWorkflow workflow, UserDirectory users, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.workflow = workflow;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Draft createDraft(NonSiteCaseRequest r) {
        ZonedDateTime detected = r.actTime().atZone(ChinaTime.ZONE);
        LocalDate today = LocalDate.now(clock);
        PartyKind kind = r.ownerKind() == null ? PartyKind.CITIZEN : r.ownerKind();
        String id = r.ownerIdNumber() == null ? null : r.ownerIdNumber().trim().toUpperCase();
        boolean valid = id != null && (kind == PartyKind.CITIZEN ? IdCardNumber.problem(id) == null
                : CreditCode.problem(id) == null);
        // the detection is the discovery: the device recorded the act when it happened (处罚法 Art. 36, 41)
        ActFacts act = new ActFacts(CaseSource.NONSITE, "非现场执法线索 " + r.clueReference(), OVER_LIMIT_CATEGORY,
                List.of(r.violationCode()), detected.toLocalDate(), detected.toLocalTime().withSecond(0).withNano(0),
                null, r.place(), null, null, detected.toLocalDate(), r.facts(), false,
                new PartyFacts(kind, r.ownerName(), valid ? id : null, r.ownerAddress(), r.ownerPhone()),
                r.plateNumber(), null);
        var actor = UserActor.of(users.find(r.reviewerUserId())
                .orElseThrow(() -> new NotFoundException("审核人员不存在：" + r.reviewerUserId())));
        long caseId = workflow.open(workflow.step(Register.TRANSITION.name()),
                new Register.Input(today, null, r.unitId(), act), actor).caseId();
        String notice = "FX" + r.unitId() + detected.toLocalDate().toString().replace("-", "") + caseId;
        jdbc.sql("update penalty_case set notice_number = :n where id = :id").param("n", notice).param("id", caseId)
                .update();
        audit.success("CASE_NONSITE_INTAKE", "PENALTY_CASE", caseId, "非现场执法案源 " + notice + "（线索 "
                + r.clueReference() + "，证据 " + r.evidenceIds() + "）");
        return new Draft(caseId, notice);
    }
}
