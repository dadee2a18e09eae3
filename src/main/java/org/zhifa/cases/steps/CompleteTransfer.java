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

/** 移送完成: the receiving authority signed for the case (国务院令第310号). */
@Component
public class CompleteTransfer extends CaseStep<CompleteTransfer.Input> {

    public static final Transition TRANSITION = Transition.named("complete-transfer", "移送完成（接受机关签收）")
            .in(Procedure.ORDINARY).from(CaseState.TRANSFERRED).byHandler().stops(ClockKind.TRANSFER_HANDOVER)
            .input(Input.class);

    @Schema(name = "CompleteTransferInput", description = "移送完成")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "签收日期") @NotNull(message = "请填写签收日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "签收人（接受机关及经办人）") @NotBlank(message = "请填写签收人") String receivedBy)
            implements StepInput {
    }

    CompleteTransfer() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        if (run.kase().transfer().receivedOn() != null) {
            throw new org.zhifa.common.ConflictException("已于" + run.kase().transfer().receivedOn() + "签收");
        }
        run.kase().completeTransfer(run.check(), run.input().receivedBy().trim());
    }
}
