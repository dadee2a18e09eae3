package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.Role;

/**
 * 重大行政处罚决定备案 (方案 21): to the superior unit (the organisation tree) and the justice bureau configured for the
 * unit, within five working days; a late filing is flagged.
 */
@Component
public class FileMajorDecision extends CaseStep<FileMajorDecision.Input> {

    public static final Transition TRANSITION = Transition.named("file-major-decision", "重大行政处罚决定备案")
            .in(Procedure.ORDINARY).from(CaseState.SERVICE, CaseState.EXECUTION, CaseState.CLOSURE_APPROVAL,
                    CaseState.CLOSED).by(Role.OFFICER, Role.UNIT_HEAD).guards(GuardName.MAJOR_DECISION)
            .stops(ClockKind.MAJOR_FILING)
            .issues(DocumentType.MAJOR_DECISION_FILING_REPORT, DocumentType.MAJOR_DECISION_FILING_FORM)
            .input(Input.class);

    @Schema(name = "FileMajorDecisionInput", description = "重大行政处罚决定备案")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "报送日期") @NotNull(message = "请填写报送日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    private final OrgUnits units;
    private final CaseProperties settings;

    FileMajorDecision(OrgUnits units, CaseProperties settings) {
        super(TRANSITION);
        this.units = units;
        this.settings = settings;
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        LocalDate due = run.clocks().due(ClockKind.MAJOR_FILING, k.decision().decidedOn()).date();
        k.fileMajorDecision(run.check(), run.on().isAfter(due));
        run.issue(DocumentType.MAJOR_DECISION_FILING_REPORT, Present.fields("recipient", recipients(k),
                "decisionNumber", k.decision().number(), "decisionSummary", k.decision().penaltyText()));
        var review = k.review().lastAgreeing();
        var hearing = k.notice().hearingHeldOn();
        run.issue(DocumentType.MAJOR_DECISION_FILING_FORM, Present.fields("decisionNumber", k.decision().number(),
                "decisionDate", k.decision().decidedOn(), "penalty", k.decision().penaltyText(),
                "legalReview", review == null ? "未经法制审核" : review.on() + "经法制审核（" + review.reviewerName() + "）："
                        + review.opinion(),
                "collectiveDiscussion", k.review().discussionHeld() ? k.review().discussion().on() + "经集体讨论："
                        + k.review().discussion().conclusion() : "未经集体讨论",
                "hearing", hearing == null ? "未举行听证" : hearing + "举行听证"));
    }

    /** The superior unit of the tree and the same-level justice bureau of the unit's settings. */
    private String recipients(PenaltyCase k) {
        List<String> to = new ArrayList<>();
        var unit = units.require(k.unitId());
        var u = unit;
        while (u.parentId() != null && settings.unit(u.code()) == null) {
            u = units.require(u.parentId());
        }
        if (u.parentId() != null) {
            to.add(units.require(u.parentId()).name());
        }
        var s = settings.unit(u.code());
        if (s != null && s.justiceBureau() != null) {
            to.add(s.justiceBureau());
        }
        return String.join("、", to);
    }
}
