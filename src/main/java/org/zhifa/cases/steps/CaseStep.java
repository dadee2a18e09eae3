package org.zhifa.cases.steps;

import org.zhifa.cases.procedure.StepInput;

import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;

/**
 * One step of the procedure (one class per transition, as in hmcts/ccd-config-generator: states, grants, fields and
 * callback together). The class declares its {@link Transition} and its input record; {@link #perform} checks what
 * only this step knows, calls ONE guarded method of {@link PenaltyCase} (which changes the state only after every guard
 * passed and registers the step's events) and issues the step's documents from the updated record. The engine
 * ({@code CaseWorkflow}) does everything else: scope, version, role, pre-state, dates, guards, clocks, history, audit.
 *
 * @param <I> the step's own input record
 */
public abstract class CaseStep<I extends Record & StepInput> {

    private final Transition transition;

    protected CaseStep(Transition transition) {
        this.transition = transition;
    }

    public final Transition transition() {
        return transition;
    }

    public final String name() {
        return transition.name();
    }

    @SuppressWarnings("unchecked")
    public final Class<I> inputType() {
        return (Class<I>) transition.input();
    }

    /** Opening steps only: the case the input describes, not yet opened (the engine runs the guards on it). */
    public PenaltyCase draft(I input, Actor actor) {
        throw new UnsupportedOperationException(name() + " does not open a case");
    }

    /**
     * Whether the case page offers the step on this case: false where the record holds nothing the step could act on
     * (e.g. no seizure to extend). Only the offer: a request is still answered by the engine and the step's own checks.
     */
    public boolean offeredOn(PenaltyCase kase) {
        return true;
    }

    public abstract void perform(StepRun<I> run);
}
