package org.zhifa.cases.procedure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * What one step of the procedure is, declared by its class in {@code org.zhifa.cases.steps}: the procedures it belongs
 * to, the states it may start from (none: it opens a case), the state it leads to (null: the state stays, or for 退回
 * an earlier state chosen by the actor), who may perform it, the guards that must all allow it, the clocks it starts
 * and stops, the documents it issues and its input record. {@code stops}: the step is what the clock waited for
 * (met, or late); {@code ends}: the stage the clock belongs to is over (stopped, e.g. the statement window when the
 * case moves on to the decision).
 *
 * @param handlerOnly the actor must be one of the case's acting officers
 * @param destructive the page asks for confirmation
 * @param returns     退回: the target is an earlier state named in the input
 */
public record Transition(String name, String label, Set<Procedure> procedures, Set<CaseState> from, CaseState to,
        Set<Role> roles, boolean handlerOnly, List<GuardName> guards, List<ClockKind> starts, List<ClockKind> stops,
        List<ClockKind> ends, List<DocumentType> issues, boolean destructive, boolean returns,
        Class<? extends Record> input) {

    public Transition {
        procedures = Set.copyOf(procedures);
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        guards = List.copyOf(guards);
        starts = List.copyOf(starts);
        stops = List.copyOf(stops);
        ends = List.copyOf(ends);
        issues = List.copyOf(issues);
    }

    /** Starts a declaration: {@code Transition.named("decide", "作出决定").in(ORDINARY).from(DECISION)…input(Input.class)}. */
    public static Builder named(String name, String label) {
        return new Builder(name, label);
    }

    /** A step that creates the case (案源登记, 当场处罚). */
    public boolean opens() {
        return from.isEmpty();
    }

    public boolean startsFrom(CaseState state) {
        return from.contains(state);
    }

    /** The state after the step when it starts from {@code current} (not for a return). */
    public CaseState target(CaseState current) {
        return to == null ? current : to;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** The declaration, finished by naming the input record. */
    public static final class Builder {
        private final String name;
        private final String label;
        private final Set<Procedure> procedures = EnumSet.noneOf(Procedure.class);
        private final Set<CaseState> from = EnumSet.noneOf(CaseState.class);
        private CaseState to;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private boolean handlerOnly;
        private final List<GuardName> guards = new ArrayList<>();
        private final List<ClockKind> starts = new ArrayList<>();
        private final List<ClockKind> stops = new ArrayList<>();
        private final List<ClockKind> ends = new ArrayList<>();
        private final List<DocumentType> issues = new ArrayList<>();
        private boolean destructive;
        private boolean returns;

        private Builder(String name, String label) {
            this.name = name;
            this.label = label;
        }

        public Builder in(Procedure... p) {
            procedures.addAll(Arrays.asList(p));
            return this;
        }

        public Builder from(CaseState... states) {
            from.addAll(Arrays.asList(states));
            return this;
        }

        public Builder from(Set<CaseState> states) {
            from.addAll(states);
            return this;
        }

        public Builder to(CaseState state) {
            to = state;
            return this;
        }

        /** Returns to an earlier state chosen by the actor (退回). */
        public Builder returning() {
            returns = true;
            destructive = true;
            return this;
        }

        public Builder by(Role... r) {
            roles.addAll(Arrays.asList(r));
            return this;
        }

        /** Only an OFFICER acting on the case (承办人员). */
        public Builder byHandler() {
            roles.add(Role.OFFICER);
            handlerOnly = true;
            return this;
        }

        public Builder guards(GuardName... g) {
            guards.addAll(Arrays.asList(g));
            return this;
        }

        public Builder starts(ClockKind... k) {
            starts.addAll(Arrays.asList(k));
            return this;
        }

        public Builder stops(ClockKind... k) {
            stops.addAll(Arrays.asList(k));
            return this;
        }

        public Builder ends(ClockKind... k) {
            ends.addAll(Arrays.asList(k));
            return this;
        }

        public Builder issues(DocumentType... t) {
            issues.addAll(Arrays.asList(t));
            return this;
        }

        public Builder destructive() {
            destructive = true;
            return this;
        }

        public Transition input(Class<? extends Record> input) {
            return new Transition(name, label, procedures, from, to, roles, handlerOnly, guards, starts, stops, ends,
                    issues, destructive, returns, input);
        }
    }
}
