package org.zhifa.cases.procedure;

import java.util.List;
import java.util.Optional;

/**
 * A procedure as data, derived from the step classes: its states in order, where a case starts, its version and every
 * transition. The public flowchart is drawn from this (GET /api/public/procedure) and the engine refuses anything it
 * does not declare.
 */
public record ProcedureDefinition(Procedure procedure, String version, List<CaseState> states,
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

    /** The steps that create a case of this procedure. */
    public List<Transition> opening() {
        return transitions.stream().filter(Transition::opens).toList();
    }
}
