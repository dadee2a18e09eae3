package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 提交案件审核: the handler hands the concluded investigation to the head for case review. */
@Component
public class SubmitReview extends CaseStep<SubmitReview.Input> {

    public static final Transition TRANSITION = Transition.named("submit-review", "提交案件审核").in(Procedure.ORDINARY)
            .from(CaseState.INVESTIGATION_CONCLUDED).to(CaseState.CASE_REVIEW).byHandler().input(Input.class);

    @Schema(name = "SubmitReviewInput", description = "提交案件审核")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "提交日期") @NotNull(message = "请填写提交日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "提交说明") String note) implements StepInput {
    }

    SubmitReview() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().advance(run.check());
    }
}
