package org.zhifa.cases.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.rules.CaseGuards;

/** The procedures as data: every guard has a policy, every state is reachable, names are unique. */
class ProcedureDefinitionTest {

    @Test
    void every_declared_guard_is_implemented_by_a_named_policy() {
        for (GuardName g : GuardName.values()) {
            assertThat(CaseGuards.covers(g)).as(g.name()).isTrue();
        }
    }

    @Test
    void every_state_of_the_ordinary_procedure_is_reachable_from_registration() {
        ProcedureDefinition d = Procedures.ORDINARY;
        Set<CaseState> reached = new HashSet<>(Set.of(d.initial()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition t : d.transitions()) {
                if (!t.returns() && t.to() != null && reached.stream().anyMatch(t::startsFrom) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(d.states());
    }

    @Test
    void the_decision_is_guarded_by_notice_hearing_review_and_discussion() {
        Transition decide = Procedures.ORDINARY.find("decide").orElseThrow();
        assertThat(decide.guards()).contains(GuardName.STATEMENT_CONCLUDED, GuardName.NO_RAISE_AFTER_STATEMENT,
                GuardName.LEGAL_REVIEW_PASSED, GuardName.COLLECTIVE_DISCUSSION_HELD, GuardName.CASE_TIME_LIMIT,
                GuardName.ONE_ACT_ONE_FINE, GuardName.HEARING_RECORD_CITED, GuardName.EXEMPTION_RECORDS);
        assertThat(decide.roles()).containsExactly("UNIT_HEAD");
    }

    @Test
    void transition_names_are_unique_per_procedure() {
        for (Procedure p : Procedure.values()) {
            var names = p.definition().transitions().stream().map(Transition::name).toList();
            assertThat(new HashSet<>(names)).hasSize(names.size());
        }
    }
}
