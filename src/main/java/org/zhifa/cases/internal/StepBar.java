package org.zhifa.cases.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ProcedureDefinition;
import org.zhifa.cases.procedure.Transition;

/**
 * The case page's progress bar, drawn from the procedure definition: the states of the procedure in order, each
 * done (the case's history passed through it), current, next (reachable by one forward step from the current
 * state) or to come. Branch states (legal
 * review, hearing review, collective discussion, transfer, not filed) are shown only when the case passed through
 * them, stands in them or may go there next.
 */
public final class StepBar {

    /** One stage: {@code status} is done, current, next or later. */
    public record Stage(String label, String status) {
    }

    static final Set<CaseState> BRANCHES = EnumSet.of(CaseState.LEGAL_REVIEW, CaseState.HEARING_LEGAL_REVIEW,
            CaseState.COLLECTIVE_DISCUSSION, CaseState.TRANSFER_APPROVAL, CaseState.TRANSFERRED, CaseState.NOT_FILED);

    private StepBar() {
    }

    public static List<Stage> of(ProcedureDefinition definition, CaseState current, Set<CaseState> visited) {
        Set<CaseState> next = EnumSet.noneOf(CaseState.class);
        for (Transition t : definition.from(current)) {
            if (t.to() != null && !t.returns() && t.to() != current) {
                next.add(t.to());
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (CaseState s : definition.states()) {
            boolean wasHere = visited.contains(s);
            if (BRANCHES.contains(s) && !wasHere && s != current && !next.contains(s)) {
                continue;
            }
            String status = s == current ? "current" : next.contains(s) ? "next"
                    : wasHere ? "done" : "later";
            stages.add(new Stage(s.label(), status));
        }
        return stages;
    }
}
