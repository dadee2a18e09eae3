package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ReviewRecord.Stage;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 听证后法制审核同意 (《行政处罚法》第五十八条第一款第（二）项): a review after the hearing, before the decision. */
@Component
public class HearingReviewAgree extends CaseStep<HearingReviewAgree.Input> {

    public static final Transition TRANSITION = Transition.named("hearing-review-agree", "听证后法制审核同意").in(Procedure.ORDINARY)
            .from(CaseState.HEARING_LEGAL_REVIEW).to(CaseState.STATEMENT).by(Role.LEGAL_REVIEWER).guards(GuardName.REVIEWER_INDEPENDENT)
            .issues(DocumentType.LEGAL_REVIEW_OPINION).input(Input.class);

    @Schema(name = "HearingReviewAgreeInput", description = "听证后法制审核同意")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "审核日期") @NotNull(message = "请填写审核日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "法制审核意见") @NotBlank(message = "请填写法制审核意见") String opinion) implements StepInput {
    }

    HearingReviewAgree() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        LegalReviews.record(run, Stage.AFTER_HEARING, true, run.input().opinion(), null);
    }
}
