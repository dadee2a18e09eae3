package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.CASH_HANDED_IN;
import static org.zhifa.cases.procedure.GuardName.EXECUTION_COMPLETE;
import static org.zhifa.cases.procedure.GuardName.SIMPLIFIED_COPY_FILED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 提交结案报告: the handler's opinion once the decision has been performed (or transferred); the head approves it. */
@Component
public class ProposeClosure extends CaseStep<ProposeClosure.Input> {

    public static final Transition TRANSITION = Transition.named("propose-closure", "提交结案报告")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION, CaseState.TRANSFERRED)
            .to(CaseState.CLOSURE_APPROVAL).byHandler().guards(EXECUTION_COMPLETE, SIMPLIFIED_COPY_FILED, CASH_HANDED_IN)
            .input(Input.class);

    @Schema(name = "ProposeClosureInput", description = "提交结案报告")
    public record Input(
            @Schema(description = "提交日期") @NotNull(message = "请填写提交日期") LocalDate actedOn,
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "承办人意见（结案报告）") @NotBlank(message = "请填写承办人意见") String opinion) implements StepInput {
    }

    ProposeClosure() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().proposeClosure(run.check(), run.input().opinion().trim());
    }
}
