package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.LIMITATION;
import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 提交立案审批: the handler's opinion (printed as 承办人意见 on the 立案登记表); two officers, limitation. */
@Component
public class SubmitFiling extends CaseStep<SubmitFiling.Input> {

    public static final Transition TRANSITION = Transition.named("submit-filing", "提交立案审批").in(Procedure.ORDINARY)
            .from(CaseState.REGISTERED).to(CaseState.FILING_APPROVAL).byHandler()
            .guards(TWO_OFFICERS, RECUSAL, LIMITATION).input(Input.class);

    @Schema(name = "SubmitFilingInput", description = "提交立案审批")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "承办人意见") @NotBlank(message = "请填写承办人意见") String opinion) implements StepInput {
    }

    SubmitFiling() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().submitFiling(run.check(), run.input().opinion().trim());
    }
}
