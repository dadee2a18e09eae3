package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.ConflictException;
import org.zhifa.identity.Role;

/** 听证后送法制审核 (《行政处罚法》第五十八条第一款第（二）项): after the hearing, before the decision. */
@Component
public class SendToHearingReview extends CaseStep<SendToHearingReview.Input> {

    public static final Transition TRANSITION = Transition.named("send-to-hearing-review", "听证后送法制审核")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).to(CaseState.HEARING_LEGAL_REVIEW)
            .by(Role.OFFICER, Role.UNIT_HEAD).input(Input.class);

    @Schema(name = "SendToHearingReviewInput", description = "听证后送法制审核")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "送审日期") @NotNull(message = "请填写送审日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "送审说明") String note) implements StepInput {
    }

    SendToHearingReview() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        if (run.kase().notice().hearingHeldOn() == null) {
            throw new ConflictException("尚未举行听证，不需要听证后法制审核");
        }
        run.kase().advance(run.check());
    }
}
