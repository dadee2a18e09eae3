package org.zhifa.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From 1 November, next year's missing official schedule is flagged on the home page. */
class CalendarBannerTest {

    @Test
    void from_the_first_of_november_a_missing_next_year_is_flagged() {
        assertThat(CalendarTodos.missingNextYear(LocalDate.of(2026, 11, 1), Set.of(2025, 2026))).contains(2027);
        assertThat(CalendarTodos.missingNextYear(LocalDate.of(2026, 12, 31), Set.of(2026))).contains(2027);
    }

    @Test
    void before_november_or_once_loaded_nothing_is_flagged() {
        assertThat(CalendarTodos.missingNextYear(LocalDate.of(2026, 10, 31), Set.of(2026))).isEmpty();
        assertThat(CalendarTodos.missingNextYear(LocalDate.of(2026, 11, 15), Set.of(2026, 2027))).isEmpty();
    }
}
