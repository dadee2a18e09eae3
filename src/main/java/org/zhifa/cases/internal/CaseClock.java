package org.zhifa.cases.internal;

import java.time.LocalDate;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.ClockState;

/** A stored legal clock of a case. {@code overdue(today)}: still running past its due date. */
public record CaseClock(long id, long caseId, ClockKind kind, String basis, LocalDate startedOn, LocalDate dueOn,
        ClockState state, LocalDate closedOn, boolean provisional, String note) {

    public boolean overdue(LocalDate today) {
        return state == ClockState.OVERDUE || state == ClockState.RUNNING && today.isAfter(dueOn);
    }

    public boolean dueSoon(LocalDate today) {
        return state == ClockState.RUNNING && !today.isAfter(dueOn) && !today.plusDays(3).isBefore(dueOn);
    }
}
