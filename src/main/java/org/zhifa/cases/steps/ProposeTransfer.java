package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 涉嫌犯罪，提请移送 (国务院令第310号): the facts of the suspected crime; legal review then approval within three days. */
@Component
public class ProposeTransfer extends CaseStep<ProposeTransfer.Input> {

    public static final Transition TRANSITION = Transition.named("propose-transfer", "涉嫌犯罪，提请移送")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION, CaseState.INVESTIGATION_CONCLUDED,
                    CaseState.CASE_REVIEW).to(CaseState.TRANSFER_APPROVAL).byHandler().destructive()
            .guards(TWO_OFFICERS, RECUSAL).starts(ClockKind.TRANSFER_DECISION).input(Input.class);

    @Schema(name = "ProposeTransferInput", description = "涉嫌犯罪，提请移送")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "提请日期") @NotNull(message = "请填写提请日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "涉嫌犯罪的事实") @NotBlank(message = "请填写涉嫌犯罪的事实") String facts,
            @Schema(description = "移送理由") @NotBlank(message = "请填写移送理由") String reason) implements StepInput {
    }

    ProposeTransfer() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().proposeTransfer(run.check(), run.input().facts().trim(), run.input().reason().trim(),
                "涉嫌犯罪移送司法机关");
    }
}
