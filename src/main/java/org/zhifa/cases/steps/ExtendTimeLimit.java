package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Extension;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.identity.Role;

/** 延长办案期限 (《行政处罚法》第六十条): before the limit lapses, by the head, with the reason; again only collectively. */
@Component
public class ExtendTimeLimit extends CaseStep<ExtendTimeLimit.Input> {

    public static final Transition TRANSITION = Transition.named("extend-time-limit", "延长办案期限")
            .in(Procedure.ORDINARY).from(EnumSet.range(CaseState.INVESTIGATION, CaseState.DECISION))
            .by(Role.UNIT_HEAD).guards(GuardName.EXTENSION_LIMIT).input(Input.class);

    @Schema(name = "ExtendTimeLimitInput", description = "延长办案期限")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "延长至") @NotNull(message = "请填写延长后的期限") LocalDate newDueDate,
            @Schema(description = "延长理由") @NotBlank(message = "请填写延长理由") String reason,
            @Schema(description = "经集体讨论决定（再次延长时）") Boolean collectiveDecision)
            implements StepInput, InputFacts.Extending {
    }

    ExtendTimeLimit() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        Extension e = new Extension(run.on(), run.actor().displayName(), in.reason().trim(), run.kase().timeLimitDue(),
                in.newDueDate(), Boolean.TRUE.equals(in.collectiveDecision()));
        run.kase().extend(run.check(), e);
        run.clocks().moveDue(run.kase().id(), ClockKind.CASE_LIMIT, e.newDue());
    }
}
