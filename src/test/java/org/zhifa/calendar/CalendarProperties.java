package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhifa.calendar.internal.CalendarRules;

/** Laws of the deadline arithmetic that must hold for every start day in the loaded years 2024–2026. */
class CalendarProperties {

    private static final CalendarRules CALENDAR = OfficialSchedules.rules();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    /** Start days early enough that 60 working days or 90 calendar days stay inside 2026. */
    @Provide
    Arbitrary<LocalDate> startDays() {
        return Arbitraries.integers().between(0, 365 + 365 + 240).map(FIRST::plusDays);
    }

    @Property
    void adding_working_days_always_ends_on_a_working_day(@ForAll("startDays") LocalDate from,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(from, n))).isTrue();
    }

    @Property
    void adding_working_days_is_strictly_monotonic_in_n(@ForAll("startDays") LocalDate from,
            @ForAll @IntRange(min = 0, max = 59) int n) {
        assertThat(CALENDAR.addWorkingDays(from, n + 1)).isAfter(CALENDAR.addWorkingDays(from, n));
    }

    @Property
    void working_days_between_inverts_adding_working_days(@ForAll("startDays") LocalDate from,
            @ForAll @IntRange(min = 0, max = 60) int n) {
        assertThat(CALENDAR.workingDaysBetween(from, CALENDAR.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property
    void a_calendar_period_ends_no_earlier_than_from_plus_n_and_on_a_working_day(
            @ForAll("startDays") LocalDate from, @ForAll @IntRange(min = 0, max = 90) int n) {
        LocalDate due = CALENDAR.addCalendarDays(from, n);
        assertThat(due).isAfterOrEqualTo(from.plusDays(n));
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        // it is the first working day on or after from + n
        for (LocalDate day = from.plusDays(n); day.isBefore(due); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        }
    }
}
