package org.zhifa.training;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The annual training plans as other modules read them (the action-plan ledger proves 方案第2条 from them): the day a
 * unit's plan for a year was made, and the day it was due.
 */
public interface TrainingPlans {

    /** The day the unit's plan for {@code year} was made (制定), if there is one. */
    Optional<LocalDate> madeOn(long unitId, int year);

    /** The plan's title, if there is one. */
    Optional<String> title(long unitId, int year);

    /** The day the plan for {@code year} is due (setting {@code zhifa.training.plan-due}). */
    LocalDate dueOn(int year);
}
