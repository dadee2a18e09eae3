package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.StatementForm;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 当事人申请听证 (《行政处罚法》第六十四条第（一）项): within five working days of the notice's service. */
@Component
public class RequestHearing extends CaseStep<RequestHearing.Input> {

    public static final Transition TRANSITION = Transition.named("request-hearing", "当事人申请听证")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).byHandler().guards(GuardName.HEARING_REQUEST_WINDOW)
            .stops(ClockKind.HEARING_REQUEST).input(Input.class);

    @Schema(name = "RequestHearingInput", description = "当事人申请听证")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "申请日期") @NotNull(message = "请填写申请日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "申请方式") @NotNull(message = "请选择申请方式") StatementForm form,
            @Schema(description = "申请内容摘要") String note) implements StepInput {
    }

    RequestHearing() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().requestHearing(run.check());
    }
}
