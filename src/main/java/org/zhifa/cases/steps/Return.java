package org.zhifa.cases.steps;

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
import org.zhifa.identity.Role;

/** 退回: to an earlier step of the path, with the reason; the history keeps both. */
@Component
public class Return extends CaseStep<Return.Input> {

    public static final Transition TRANSITION = Transition.named("return", "退回").in(Procedure.ORDINARY)
            .from(CaseState.FILING_APPROVAL, CaseState.INVESTIGATION, CaseState.INVESTIGATION_CONCLUDED,
                    CaseState.CASE_REVIEW, CaseState.LEGAL_REVIEW, CaseState.NOTICE, CaseState.STATEMENT,
                    CaseState.HEARING_LEGAL_REVIEW, CaseState.COLLECTIVE_DISCUSSION, CaseState.DECISION,
                    CaseState.TRANSFER_APPROVAL, CaseState.CLOSURE_APPROVAL)
            .returning().by(Role.UNIT_HEAD, Role.LEGAL_REVIEWER)
            .ends(ClockKind.STATEMENT_WINDOW, ClockKind.HEARING_REQUEST, ClockKind.TRANSFER_DECISION).input(Input.class);

    @Schema(name = "ReturnInput", description = "退回")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "退回日期") @NotNull(message = "请填写退回日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "退回到的环节") @NotNull(message = "请选择退回到的环节") CaseState toState,
            @Schema(description = "退回理由") @NotBlank(message = "请填写退回理由") String reason)
            implements StepInput, Returning {
    }

    Return() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        if (!run.kase().state().beforeDecision() && run.input().toState().beforeDecision()) {
            throw new org.zhifa.common.InvalidInputException("决定作出后不能退回到决定前的环节",
                    java.util.Map.of("toState", "请选择决定作出后的环节"));
        }
        run.kase().returnTo(run.check());
    }
}
