package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.documents.DocumentType;

/**
 * 送达决定书 (《行政处罚法》第六十一条): the service facts; the 15-day payment period runs from the day of service (for
 * mail, the signed receipt; for a public notice, thirty days after publication).
 */
@Component
public class ServeDecision extends CaseStep<ServeDecision.Input> {

    public static final Transition TRANSITION = Transition.named("serve-decision", "送达决定书").in(Procedure.ORDINARY)
            .from(CaseState.SERVICE).to(CaseState.EXECUTION).byHandler().guards(GuardName.SERVICE_METHOD)
            .starts(ClockKind.PAYMENT).stops(ClockKind.DECISION_SERVICE).issues(DocumentType.PROOF_OF_SERVICE)
            .input(Input.class);

    @Schema(name = "ServeDecisionInput", description = "送达决定书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "送达情况") @NotNull(message = "请填写送达情况") @Valid ServiceFacts service)
            implements StepInput, InputFacts.Served {
    }

    ServeDecision() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        ServiceFacts s = run.input().service();
        Services.check(s, k.decision().decidedOn(), run.on());
        var due = k.decision().payableFen() > 0 ? run.clocks().due(ClockKind.PAYMENT, s.servedOn()).date() : null;
        k.serveDecision(run.check(), s, due);
        Services.proof(run, s, k.decision().outcome() == DecisionOutcome.PENALTY ? DocumentType.PENALTY_DECISION.title()
                : DocumentType.NO_PENALTY_DECISION.title(), k.decision().number());
    }
}
