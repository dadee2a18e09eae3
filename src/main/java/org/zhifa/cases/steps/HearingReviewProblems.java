package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ProblemLine;
import org.zhifa.cases.domain.ReviewRecord.Stage;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 听证后法制审核提出问题: the case goes back to the investigation. */
@Component
public class HearingReviewProblems extends CaseStep<HearingReviewProblems.Input> {

    public static final Transition TRANSITION = Transition.named("hearing-review-problems", "听证后法制审核提出问题（退回）").in(Procedure.ORDINARY)
            .from(CaseState.HEARING_LEGAL_REVIEW).to(CaseState.INVESTIGATION).by(Role.LEGAL_REVIEWER).guards(GuardName.REVIEWER_INDEPENDENT)
            .destructive().issues(DocumentType.LEGAL_REVIEW_OPINION).input(Input.class);

    @Schema(name = "HearingReviewProblemsInput", description = "听证后法制审核提出问题（退回）")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "审核日期") @NotNull(message = "请填写审核日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "发现的问题及处理建议") @NotEmpty(message = "请列明审核发现的问题") List<@Valid ProblemLine> problems,
            @Schema(description = "法制审核意见") @NotBlank(message = "请填写法制审核意见") String opinion) implements StepInput {
    }

    HearingReviewProblems() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        LegalReviews.record(run, Stage.AFTER_HEARING, false, run.input().opinion(), run.input().problems());
    }
}
