package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.identity.Role;

/** 签收备案 (方案 21): by the superior unit or the supervision bureau, not by the deciding head. */
@Component
public class AcknowledgeFiling extends CaseStep<AcknowledgeFiling.Input> {

    public static final Transition TRANSITION = Transition.named("acknowledge-filing", "签收备案")
            .in(Procedure.ORDINARY).from(CaseState.SERVICE, CaseState.EXECUTION, CaseState.CLOSURE_APPROVAL,
                    CaseState.CLOSED).by(Role.UNIT_HEAD, Role.SUPERVISOR).guards(GuardName.SUPERIOR_UNIT)
            .input(Input.class);

    @Schema(name = "AcknowledgeFilingInput", description = "签收备案")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "签收日期") @NotNull(message = "请填写签收日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    AcknowledgeFiling() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().acknowledgeFiling(run.check(), run.actor().unitName() + " " + run.actor().displayName());
    }
}
