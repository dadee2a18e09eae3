package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.Articles;
import org.zhifa.common.Rejection;
import org.zhifa.identity.Role;

/** 复议、诉讼结束，恢复计算加处罚款 (《行政处罚法》第七十三条第三款). */
@Component
public class ResumeSurcharge extends CaseStep<ResumeSurcharge.Input> {

    public static final Transition TRANSITION = Transition.named("resume-surcharge", "复议/诉讼结束，恢复计算")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).by(Role.OFFICER, Role.UNIT_HEAD)
            .input(Input.class);

    @Schema(name = "ResumeSurchargeInput", description = "恢复计算加处罚款")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "复议决定或裁判生效日期") @NotNull(message = "请填写结束日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    ResumeSurcharge() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        if (!run.kase().execution().pausePending()) {
            throw Rejection.of(Articles.SURCHARGE_PAUSE, "没有正在暂停的加处罚款计算").exception();
        }
        run.kase().resumeSurcharge(run.check());
    }
}
