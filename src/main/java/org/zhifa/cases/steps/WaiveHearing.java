package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.WaiverForm;
import org.zhifa.cases.domain.NoticeRecord.Waiver;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.Articles;
import org.zhifa.common.Rejection;

/** 当事人放弃听证 (《行政处罚法》第六十三条、第六十四条): only where the right applies and no hearing was requested. */
@Component
public class WaiveHearing extends CaseStep<WaiveHearing.Input> {

    public static final Transition TRANSITION = Transition.named("waive-hearing", "当事人放弃听证")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).byHandler().ends(ClockKind.HEARING_REQUEST)
            .input(Input.class);

    @Schema(name = "WaiveHearingInput", description = "当事人放弃听证")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "声明日期") @NotNull(message = "请填写声明日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "声明方式") @NotNull(message = "请选择当事人声明的方式") WaiverForm form,
            @Schema(description = "当事人的声明（原话）") @NotBlank(message = "请记录当事人放弃听证的声明") String declaration)
            implements StepInput {
    }

    WaiveHearing() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        var n = run.kase().notice();
        if (!n.hearingApplies()) {
            throw Rejection.of(Articles.HEARING_RIGHT, "拟作出的处罚不属于应当告知听证权利的情形，无需放弃听证").exception();
        }
        if (n.hearingRequested() || n.hearingWaiver() != null) {
            throw Rejection.of(Articles.HEARING, n.hearingRequested() ? "当事人已申请听证" : "当事人已放弃听证").exception();
        }
        run.kase().waiveHearing(run.check(), new Waiver(run.on(), run.input().form(), run.input().declaration().trim()));
    }
}
