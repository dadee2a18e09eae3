package org.zhifa.cases.procedure;

import java.util.List;
import java.util.Set;

/**
 * One event of the procedure: the states it may start from, the state it leads to (the same state for a recording
 * step; null for 退回, whose target is chosen among earlier states), who may perform it, the guards (named policies)
 * that must all allow it, and the clocks it starts and stops.
 *
 * @param name         stable name used in the API path ({@code /api/cases/{id}/transitions/{name}})
 * @param label        Chinese label
 * @param from         pre-states
 * @param to           post-state; null when the step keeps the state (a recorded act) or for 退回
 * @param roles        role codes allowed
 * @param handlerOnly  the actor must be one of the case's officers (an OFFICER acting on their own case)
 * @param guards       guards evaluated before the step, in order
 * @param starts       clocks started
 * @param stops        clocks stopped (met)
 * @param reasonRequired a written reason is required
 * @param destructive  the UI asks for confirmation
 * @param returns      退回: the target is an earlier state chosen by the actor
 */
public record Transition(String name, String label, Set<CaseState> from, CaseState to, Set<String> roles,
        boolean handlerOnly, List<GuardName> guards, List<ClockKind> starts, List<ClockKind> stops,
        boolean reasonRequired, boolean destructive, boolean returns) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        guards = List.copyOf(guards);
        starts = List.copyOf(starts);
        stops = List.copyOf(stops);
    }

    /** The state after the step when it starts from {@code current} (not for a return). */
    public CaseState target(CaseState current) {
        return to == null ? current : to;
    }

    public boolean startsFrom(CaseState state) {
        return from.contains(state);
    }
}
