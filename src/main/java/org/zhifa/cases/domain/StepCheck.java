package org.zhifa.cases.domain;

import java.time.LocalDate;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.PolicyDecision;

/**
 * What the engine established before a step may change the case: the step, the verdict of all its guards on the
 * unchanged case, the day of the act, and for 退回 the earlier state chosen. The aggregate's step methods accept a
 * change only with a check whose verdict is allowed and whose step starts from the current state.
 */
public record StepCheck(Transition transition, PolicyDecision verdict, LocalDate actedOn, CaseState returnTarget) {

    public StepCheck(Transition transition, PolicyDecision verdict, LocalDate actedOn) {
        this(transition, verdict, actedOn, null);
    }
}
