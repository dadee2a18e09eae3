package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.TransitionRequest;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;

/** One step being performed: the case, the transition, the input, who, when; collects what the step recorded. */
public final class StepContext {

    final PenaltyCase kase;
    final Transition transition;
    final TransitionRequest request;
    final Actor actor;
    final LocalDate on;
    final CaseState from;
    final Map<String, Object> payload = new LinkedHashMap<>();
    final java.util.List<Object> events = new java.util.ArrayList<>();

    StepContext(PenaltyCase kase, Transition transition, TransitionRequest request, Actor actor, LocalDate on,
            CaseState from) {
        this.kase = kase;
        this.transition = transition;
        this.request = request;
        this.actor = actor;
        this.on = on;
        this.from = from;
    }

    String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(message, Map.of(field, message));
        }
        payload.put(field, value.trim());
        return value.trim();
    }

    void record(String key, Object value) {
        if (value != null) {
            payload.put(key, value);
        }
    }
}
