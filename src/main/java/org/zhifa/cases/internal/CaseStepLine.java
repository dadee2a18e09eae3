package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A recorded step of the history (timeline): what, from and to which state, the day (and time) of the act, the moment it
 * was entered, whether late (补录) and why, who, and the facts entered (JSON, personal data masked).
 */
public record CaseStepLine(long id, String transition, String label, String fromState, String fromLabel,
        String toState, String toLabel, LocalDate actedOn, OffsetDateTime actedAt, OffsetDateTime enteredAt,
        boolean lateEntry, String lateReason, String actorName, String reason, String payload, String procedureVersion,
        boolean returned) {
}
