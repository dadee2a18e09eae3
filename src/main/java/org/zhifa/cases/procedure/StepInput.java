package org.zhifa.cases.procedure;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What every step's input record carries: the day the act happened ({@code actedOn}, never defaulted), the reason when
 * it is entered later than {@code zhifa.cases.late-entry-days} after the act (补录), and the version of the case the
 * caller saw (optimistic locking; opening steps have none).
 */
public interface StepInput {

    LocalDate actedOn();

    String lateReason();

    default Integer version() {
        return null;
    }

    /** The time of day of the act when the record has one (e.g. the start of an inquiry). */
    default LocalTime actedAt() {
        return null;
    }
}
