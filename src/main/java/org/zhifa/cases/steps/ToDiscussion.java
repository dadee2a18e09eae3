package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.HEARING_REVIEWED;
import static org.zhifa.cases.procedure.GuardName.STATEMENTS_REVIEWED;
import static org.zhifa.cases.procedure.GuardName.STATEMENT_CONCLUDED;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.identity.Role;

/** 提交集体讨论 (《行政处罚法》第五十七条第二款): once the statement stage is over and every statement reviewed. */
@Component
public class ToDiscussion extends CaseStep<ToDiscussion.Input> {

    public static final Transition TRANSITION = Transition.named("to-discussion", "提交集体讨论").in(Procedure.ORDINARY)
            .from(CaseState.STATEMENT).to(CaseState.COLLECTIVE_DISCUSSION).by(Role.OFFICER, Role.UNIT_HEAD)
            .guards(STATEMENT_CONCLUDED, STATEMENTS_REVIEWED, HEARING_REVIEWED)
            .ends(ClockKind.STATEMENT_WINDOW, ClockKind.HEARING_REQUEST).input(Input.class);

    @Schema(name = "ToDiscussionInput", description = "提交集体讨论")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "说明") String note) implements StepInput {
    }

    ToDiscussion() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().advance(run.check());
    }
}
