package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
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

/** 申请人民法院强制执行 (《行政强制法》第五十三条、第五十四条): after the 催告 period, the court applied to. */
@Component
public class ApplyCourtEnforcement extends CaseStep<ApplyCourtEnforcement.Input> {

    public static final Transition TRANSITION = Transition.named("apply-court-enforcement", "申请人民法院强制执行")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).by(Role.UNIT_HEAD)
            .guards(GuardName.REMINDER_ELAPSED).stops(ClockKind.REMINDER, ClockKind.COURT_APPLICATION)
            .input(Input.class);

    @Schema(name = "ApplyCourtEnforcementInput", description = "申请人民法院强制执行")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "申请日期") @NotNull(message = "请填写申请日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "受理申请的人民法院") @NotBlank(message = "请填写受理申请的人民法院") String court)
            implements StepInput {
    }

    ApplyCourtEnforcement() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().applyToCourt(run.check(), run.input().court().trim());
    }
}
