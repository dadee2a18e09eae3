package org.zhifa.cases.internal;

import java.time.LocalDate;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.ClockState;

/** A stored legal clock of a case. {@code overdue(today)}: still running past its due date. */
public record CaseClock(long id, long caseId, ClockKind kind, String basis, LocalDate startedOn, LocalDate dueOn,
        ClockState state, LocalDate closedOn, boolean provisional, String note, Integer instalmentNo) {

    /** Still running: RUNNING, or OVERDUE as marked by the sweep but not yet closed. */
    public boolean open() {
        return closedOn == null && (state == ClockState.RUNNING || state == ClockState.OVERDUE);
    }

    public boolean overdue(LocalDate today) {
        return state == ClockState.OVERDUE || state == ClockState.RUNNING && today.isAfter(dueOn);
    }

    public boolean dueSoon(LocalDate today) {
        return open() && !today.isAfter(dueOn) && !today.plusDays(3).isBefore(dueOn);
    }
}
