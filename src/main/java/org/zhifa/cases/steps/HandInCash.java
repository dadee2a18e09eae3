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
import org.zhifa.common.ConflictException;

/** 当场收缴的罚款交付 (《行政处罚法》第七十一条): handed in within two working days, to whom, with which receipt. */
@Component
public class HandInCash extends CaseStep<HandInCash.Input> {

    public static final Transition TRANSITION = Transition.named("hand-in-cash", "交付当场收缴的罚款")
            .in(Procedure.SIMPLIFIED).from(CaseState.EXECUTION, CaseState.CLOSURE_APPROVAL).byHandler()
            .stops(ClockKind.CASH_HAND_IN).input(Input.class);

    @Schema(name = "HandInCashInput", description = "交付当场收缴的罚款")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "交付日期") @NotNull(message = "请填写交付日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "交付给（本机关财务或代收银行）") @NotBlank(message = "请填写交付对象") String handedTo,
            @Schema(description = "交付凭证号") @NotBlank(message = "请填写交付凭证号") String reference) implements StepInput {
    }

    HandInCash() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        var cash = run.kase().execution().cash();
        if (cash == null || cash.handedInOn() != null) {
            throw new ConflictException(cash == null ? "本案没有当场收缴的罚款" : "已于" + cash.handedInOn() + "交付");
        }
        run.kase().handInCash(run.check(), run.input().handedTo().trim(), run.input().reference().trim());
    }
}
