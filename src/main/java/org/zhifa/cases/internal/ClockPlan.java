package org.zhifa.cases.internal;

import java.time.LocalDate;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.ClockKind;

/** When a clock a transition declares actually starts for this case, and from which day (null: not this case). */
final class ClockPlan {

    private ClockPlan() {
    }

    static LocalDate startOf(ClockKind kind, PenaltyCase c, LocalDate on) {
        switch (kind) {
            case HEARING_REQUEST:
                return c.notice().hearingApplies() ? on : null;
            case MAJOR_FILING:
                return c.decision().major() ? on : null;
            case PAYMENT:
                return c.decision().fine() ? c.execution().servedOn() : null;
            case COURT_APPLICATION:
                return c.execution().servedOn();
            case DECISION_SERVICE:
                return c.decision().outcome() == DecisionOutcome.TRANSFER_TO_JUDICIAL ? null : on;
            default:
                return on;
        }
    }
}
