package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.PauseKind;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.Articles;
import org.zhifa.common.Rejection;
import org.zhifa.identity.Role;

/** 复议、诉讼期间暂停计算加处罚款 (《行政处罚法》第七十三条第三款): from the day the application was accepted. */
@Component
public class PauseSurcharge extends CaseStep<PauseSurcharge.Input> {

    public static final Transition TRANSITION = Transition.named("pause-surcharge", "复议/诉讼期间暂停加处罚款")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).by(Role.OFFICER, Role.UNIT_HEAD)
            .input(Input.class);

    @Schema(name = "PauseSurchargeInput", description = "暂停加处罚款")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "复议或诉讼受理日期") @NotNull(message = "请填写受理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "复议或诉讼") @NotNull(message = "请选择行政复议或行政诉讼") PauseKind kind) implements StepInput {
    }

    PauseSurcharge() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        if (run.kase().execution().pausePending()) {
            throw Rejection.of(Articles.SURCHARGE_PAUSE, "已有未结束的复议或诉讼暂停期间").exception();
        }
        run.kase().pauseSurcharge(run.check(), run.input().kind());
    }
}
