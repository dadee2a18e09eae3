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
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 案件审核，送法制审核 (《行政处罚法》第五十八条): the head's review opinion; the case goes to the legal reviewer. */
@Component
public class SendToLegalReview extends CaseStep<SendToLegalReview.Input> {

    public static final Transition TRANSITION = Transition.named("send-to-legal-review", "案件审核，送法制审核")
            .in(Procedure.ORDINARY).from(CaseState.CASE_REVIEW).to(CaseState.LEGAL_REVIEW).by(Role.UNIT_HEAD)
            .guards(GuardName.LEGAL_REVIEW_APPLIES).issues(DocumentType.CASE_REVIEW_FORM).input(Input.class);

    @Schema(name = "SendToLegalReviewInput", description = "案件审核，送法制审核")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "审核日期") @NotNull(message = "请填写审核日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "案件审核意见") @NotBlank(message = "请填写案件审核意见") String opinion,
            @Schema(description = "案情疑难复杂、涉及多个法律关系") Boolean complexCase)
            implements StepInput, InputFacts.Complex {
    }

    SendToLegalReview() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        CaseReviews.record(run, run.input().opinion(), Boolean.TRUE.equals(run.input().complexCase()));
    }
}
