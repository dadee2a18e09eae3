package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ActFacts;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.internal.CaseDrafting;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;
import org.zhifa.identity.Role;

/** 案源登记: an officer registers a case source with its facts; the 7-day filing decision clock starts at discovery. */
@Component
public class Register extends CaseStep<Register.Input> {

    public static final Transition TRANSITION = Transition.named("register", "案源登记").in(Procedure.ORDINARY)
            .to(CaseState.REGISTERED).by(Role.OFFICER, Role.UNIT_HEAD).starts(ClockKind.FILING_DECISION).input(Input.class);

    @Schema(name = "RegisterInput", description = "案源登记")
    public record Input(
            @Schema(description = "登记日期") @NotNull(message = "请填写登记日期") LocalDate actedOn,
            @Schema(description = "补录原因（登记日期早于今天三日以上时必填）") String lateReason,
            @Schema(description = "承办单位（缺省为登记人所在单位）") Long unitId,
            @Schema(description = "案件事实") @NotNull(message = "请填写案件事实") @Valid ActFacts act) implements StepInput {
    }

    private final CaseDrafting drafting;

    Register(CaseDrafting drafting) {
        super(TRANSITION);
        this.drafting = drafting;
    }

    @Override
    public PenaltyCase draft(Input in, Actor actor) {
        return drafting.draft(Procedure.ORDINARY, in.act(), "act.", in.unitId(), in.actedOn(), actor,
                in.act().officerIds());
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().register(run.check());
    }
}
