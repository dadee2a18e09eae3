package org.zhifa.cases.procedure;

import java.util.List;
import java.util.Optional;

/**
 * A procedure as data: its states in order, the initial state and every transition. The public flowchart is drawn
 * from this (GET /api/public/procedure) and the engine refuses anything it does not declare.
 */
public record ProcedureDefinition(Procedure procedure, String version, CaseState initial, List<CaseState> states,
        List<Transition> transitions) {

    public ProcedureDefinition {
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
    }

    public Optional<Transition> find(String name) {
        return transitions.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Transitions that may start from {@code state} (before role and guard checks). */
    public List<Transition> from(CaseState state) {
        return transitions.stream().filter(t -> t.startsFrom(state)).toList();
    }

    /** Whether {@code target} is earlier than {@code current} on this procedure's path (for 退回). */
    public boolean isEarlier(CaseState target, CaseState current) {
        int t = states.indexOf(target);
        int c = states.indexOf(current);
        return t >= 0 && c >= 0 && t < c && !target.terminal();
    }
}
