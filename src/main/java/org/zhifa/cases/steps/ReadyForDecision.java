package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.HEARING_REVIEWED;
import static org.zhifa.cases.procedure.GuardName.STATEMENTS_REVIEWED;
import static org.zhifa.cases.procedure.GuardName.STATEMENT_CONCLUDED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.identity.Role;

/** 报请决定: the statement stage is over (第六十二条), every statement reviewed (第四十五条), a hearing case reviewed after the hearing (第五十八条). */
@Component
public class ReadyForDecision extends CaseStep<ReadyForDecision.Input> {

    public static final Transition TRANSITION = Transition.named("ready-for-decision", "陈述申辩结束，报请决定").in(Procedure.ORDINARY)
            .from(CaseState.STATEMENT).to(CaseState.DECISION).by(Role.OFFICER, Role.UNIT_HEAD)
            .guards(STATEMENT_CONCLUDED, STATEMENTS_REVIEWED, HEARING_REVIEWED, GuardName.COLLECTIVE_DISCUSSION_HELD)
            .ends(ClockKind.STATEMENT_WINDOW, ClockKind.HEARING_REQUEST).input(Input.class);

    @Schema(name = "ReadyForDecisionInput", description = "陈述申辩结束，报请决定")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "说明") String note) implements StepInput {
    }

    ReadyForDecision() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().advance(run.check());
    }
}
