package org.zhifa.cases.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.TransitionRequest;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;

/** Everything a guard may look at: the case, the step asked for, who asks, the day, the settings and the facts. */
public record GuardContext(PenaltyCase kase, Transition transition, TransitionRequest request, Actor actor,
        LocalDate on, CaseProperties settings, CaseFacts facts) {

    /** The amount of the fine asked for in this step, or the proposal's. */
    public long amountFen() {
        if (request.amountYuan() != null) {
            return request.amountYuan().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
        return kase.proposal() == null ? 0 : kase.proposal().amountFen();
    }

    public static long fen(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
