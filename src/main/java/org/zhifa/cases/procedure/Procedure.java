package org.zhifa.cases.procedure;

import static org.zhifa.cases.procedure.CaseState.*;

import java.util.List;

/**
 * The two penalty procedures (处罚法 Chapter V, sections 2 and 3): the states of each path in order and the version
 * of the definition. The transitions come from the step classes ({@code org.zhifa.cases.steps}); a change to a step
 * that changes the procedure raises the version, and every case records the version it runs under.
 */
public enum Procedure {
    SIMPLIFIED("简易程序", "2021-07-15/2", List.of(EXECUTION, CLOSURE_APPROVAL, CLOSED, ARCHIVED)),
    ORDINARY("普通程序", "2021-07-15/2", List.of(REGISTERED, FILING_APPROVAL, INVESTIGATION, INVESTIGATION_CONCLUDED,
            CASE_REVIEW, LEGAL_REVIEW, NOTICE, STATEMENT, HEARING_LEGAL_REVIEW, COLLECTIVE_DISCUSSION, DECISION,
            SERVICE, EXECUTION, TRANSFER_APPROVAL, TRANSFERRED, NOT_FILED, CLOSURE_APPROVAL, CLOSED, ARCHIVED));

    /** Versions of earlier definitions whose cases continue under the current one (their steps are recorded). */
    static final List<String> PREDECESSORS = List.of("2021-07-15/1");

    private final String label;
    private final String version;
    private final List<CaseState> states;

    Procedure(String label, String version, List<CaseState> states) {
        this.label = label;
        this.version = version;
        this.states = states;
    }

    public String label() {
        return label;
    }

    /** The version of this procedure's definition; recorded on each case and on each step taken. */
    public String version() {
        return version;
    }

    public List<CaseState> states() {
        return states;
    }

    /** Whether a case recorded under {@code recorded} may continue under the current definition. */
    public boolean runs(String recorded) {
        return version.equals(recorded) || PREDECESSORS.contains(recorded);
    }

    /** Whether {@code target} is earlier than {@code current} on this path (for 退回). */
    public boolean isEarlier(CaseState target, CaseState current) {
        int t = states.indexOf(target);
        int c = states.indexOf(current);
        return t >= 0 && c >= 0 && t < c && !target.terminal();
    }
}
