package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;

/**
 * Everything a guard may look at: the unchanged case, the step asked for, its typed input, who asks, the day of the act,
 * the settings and the facts of other modules.
 */
public record GuardContext(PenaltyCase kase, Transition transition, StepInput input, Actor actor, LocalDate on,
        CaseProperties settings, CaseFacts facts) {

    /** The input as one of its facets, when it has it. */
    public <T> Optional<T> input(Class<T> facet) {
        return facet.isInstance(input) ? Optional.of(facet.cast(input)) : Optional.empty();
    }

    /** The fine asked for in this step, or the proposal's. */
    public long amountFen() {
        return input(InputFacts.Penalising.class).map(p -> PenaltyText.fen(p.amountYuan()))
                .orElseGet(() -> kase.proposal() == null ? 0 : kase.proposal().amountFen());
    }
}
