package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 当场处罚决定书报所属行政机关备案 (《行政处罚法》第五十二条): within five working days. */
@Component
public class FileCopy extends CaseStep<FileCopy.Input> {

    public static final Transition TRANSITION = Transition.named("file-copy", "当场处罚决定书报所属行政机关备案")
            .in(Procedure.SIMPLIFIED).from(CaseState.EXECUTION, CaseState.CLOSURE_APPROVAL).byHandler()
            .stops(ClockKind.SIMPLIFIED_FILING).input(Input.class);

    @Schema(name = "FileCopyInput", description = "当场处罚决定书备案")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "报备日期") @NotNull(message = "请填写报备日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    FileCopy() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        if (run.kase().execution().copyFiledOn() != null) {
            throw new org.zhifa.common.ConflictException("已于" + run.kase().execution().copyFiledOn() + "备案");
        }
        run.kase().fileCopy(run.check());
    }
}
