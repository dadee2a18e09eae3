package org.zhifa.cases.domain;

import java.time.LocalDate;

/** A recorded extension of the 90-day limit (《行政处罚法》第六十条): reason, approver, old and new due dates. */
public record Extension(LocalDate approvedOn, String approver, String reason, LocalDate previousDue, LocalDate newDue,
        boolean collectiveDecision) {
}
