package org.zhifa.calendar;

import java.time.LocalDate;
import java.time.Period;

/**
 * The official working-day calendar (legal-rules §1): State Council schedules plus local holidays. Every legal
 * clock in zhifa is computed here. A date in a year whose schedule is not loaded throws
 * {@link MissingCalendarYearException}; nothing is ever guessed.
 */
public interface WorkingDayCalendar {

    /** What kind of day {@code date} is. */
    DayKind kindOf(LocalDate date);

    /** Whether {@code date} is a working day (workday or adjusted workday, not a holiday). */
    default boolean isWorkingDay(LocalDate date) {
        return kindOf(date).working();
    }

    /**
     * The day on which a period of {@code workingDays} working days starting at {@code from} ends; the start day
     * is not counted (处罚法 Art. 85; 强制法 Art. 69).
     */
    LocalDate addWorkingDays(LocalDate from, int workingDays);

    /**
     * The last day of a calendar period of {@code days} days from {@code from} (start day not counted), moved to
     * the next working day when it falls on a non-working day.
     */
    LocalDate addCalendarDays(LocalDate from, int days);

    /** Like {@link #addCalendarDays} for months and years (e.g. 6 months for litigation). */
    LocalDate addPeriod(LocalDate from, Period period);

    /** The number of working days after {@code from} up to and including {@code to} (0 when to ≤ from). */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
