package org.zhifa.cases.internal;

import java.time.LocalDate;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.ClockKind;

/**
 * When a clock a step declares actually starts for this case, and from which day (null: not for this case, or a clock
 * of one record that the step starts itself). Periods that run from service start on the day the document was served
 * (for mail, the signed receipt; for a public notice, thirty days after publication).
 */
final class ClockPlan {

    private ClockPlan() {
    }

    static LocalDate startOf(ClockKind kind, PenaltyCase c, LocalDate on) {
        return switch (kind) {
            case FILING_DECISION -> c.act().discoveredOn() == null ? on : c.act().discoveredOn();
            case STATEMENT_WINDOW -> c.notice().servedOn();
            case HEARING_REQUEST -> c.notice().hearingApplies() ? c.notice().servedOn() : null;
            case MAJOR_FILING -> c.decision().major() ? on : null;
            case PAYMENT -> c.decision().payableFen() > 0 && !c.execution().collectedOnSpot()
                    ? c.execution().servedOn() : null;
            case CASH_HAND_IN -> c.execution().collectedOnSpot() ? c.execution().cash().collectedOn() : null;
            case REMINDER -> c.execution().reminderServedOn();
            case COURT_APPLICATION -> c.execution().servedOn();
            case EVIDENCE_PRESERVATION, COMPULSORY_MEASURE, INSTALMENT -> null;
            default -> on;
        };
    }
}
