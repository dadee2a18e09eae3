package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded step of the history (timeline). */
public record CaseStep(long id, String transition, String label, String fromState, String fromLabel, String toState,
        String toLabel, LocalDate actedOn, String actorName, String reason, String payload, OffsetDateTime recordedAt,
        boolean returned) {
}
