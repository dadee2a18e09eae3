package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 案件审核通过，拟告知: the head's review opinion; where legal review is required it must have passed (第五十八条). */
@Component
public class ApproveNotice extends CaseStep<ApproveNotice.Input> {

    public static final Transition TRANSITION = Transition.named("approve-notice", "案件审核通过，拟告知")
            .in(Procedure.ORDINARY).from(CaseState.CASE_REVIEW).to(CaseState.NOTICE).by(Role.UNIT_HEAD)
            .guards(GuardName.LEGAL_REVIEW_PASSED).issues(DocumentType.CASE_REVIEW_FORM).input(Input.class);

    @Schema(name = "ApproveNoticeInput", description = "案件审核通过，拟告知")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "审核日期") @NotNull(message = "请填写审核日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "案件审核意见") @NotBlank(message = "请填写案件审核意见") String opinion) implements StepInput {
    }

    ApproveNotice() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        CaseReviews.record(run, run.input().opinion(), false);
    }
}
