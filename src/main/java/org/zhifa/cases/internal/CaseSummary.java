package org.zhifa.cases.internal;

import java.time.LocalDate;

/** One line of the case list. */
public record CaseSummary(long id, String caseNumber, String procedure, String state, String stateLabel, long unitId,
        String partyName, String plateNumber, String violations, LocalDate actDate, LocalDate registeredOn,
        String officerNames, LocalDate nextDueOn, boolean overdue, Long decisionAmountFen) {
}
