package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhifa.calendar.internal.CalendarRules;
import org.zhifa.calendar.internal.DayException;
import org.zhifa.calendar.internal.YearSchedule;

/** Deadline arithmetic of legal-rules §1 on the official 2024–2026 schedules, without Spring or a database. */
class CalendarRulesTest {

    private final CalendarRules calendar = OfficialSchedules.rules();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // --- the schedules themselves -------------------------------------------------------------------------

    @Test
    void spring_festival_2024_is_feb_10_to_17_with_feb_4_and_18_worked() {
        assertThat(calendar.kindOf(d("2024-02-09"))).isEqualTo(DayKind.WORKDAY);
        for (LocalDate day = d("2024-02-10"); !day.isAfter(d("2024-02-17")); day = day.plusDays(1)) {
            assertThat(calendar.kindOf(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
        }
        assertThat(calendar.kindOf(d("2024-02-04"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(calendar.kindOf(d("2024-02-18"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(calendar.isWorkingDay(d("2024-02-04"))).isTrue();
    }

    @Test
    void spring_festival_2025_is_jan_28_to_feb_4_with_jan_26_and_feb_8_worked() {
        assertThat(calendar.kindOf(d("2025-01-27"))).isEqualTo(DayKind.WORKDAY);
        for (LocalDate day = d("2025-01-28"); !day.isAfter(d("2025-02-04")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.kindOf(d("2025-02-05"))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.isWorkingDay(d("2025-01-26"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-02-08"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-02-09"))).isFalse();
    }

    @Test
    void spring_festival_2026_is_feb_15_to_23_with_feb_14_and_28_worked() {
        assertThat(calendar.isWorkingDay(d("2026-02-13"))).isTrue();
        assertThat(calendar.kindOf(d("2026-02-14"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(calendar.kindOf(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
        }
        assertThat(calendar.kindOf(d("2026-02-24"))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(d("2026-02-28"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void national_day_2024_is_oct_1_to_7_with_sep_29_and_oct_12_worked() {
        assertThat(calendar.isWorkingDay(d("2024-09-29"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-09-30"))).isTrue();
        for (LocalDate day = d("2024-10-01"); !day.isAfter(d("2024-10-07")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(d("2024-10-12"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-10-13"))).isFalse();
    }

    @Test
    void national_day_2025_is_oct_1_to_8_with_sep_28_and_oct_11_worked() {
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(calendar.kindOf(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
        }
        assertThat(calendar.kindOf(d("2025-09-28"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(calendar.kindOf(d("2025-10-11"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(calendar.exceptionOn(d("2025-10-11"))).map(DayException::name).contains("国庆节、中秋节调休");
    }

    @Test
    void national_day_2026_is_oct_1_to_7_with_sep_20_and_oct_10_worked() {
        assertThat(calendar.kindOf(d("2026-09-20"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        for (LocalDate day = d("2026-10-01"); !day.isAfter(d("2026-10-07")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.kindOf(d("2026-10-08"))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(d("2026-10-10"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void adjusted_weekend_days_are_working_days() {
        assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-01-04"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2024-02-04"))).isTrue();
    }

    @Test
    void ordinary_weekends_are_not_working_days_and_ordinary_weekdays_are() {
        assertThat(calendar.kindOf(d("2025-03-08"))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kindOf(d("2025-03-09"))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.kindOf(d("2025-03-10"))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void each_year_has_the_number_of_days_off_and_adjusted_days_of_its_notice() {
        assertThat(count(2024, DayKind.HOLIDAY)).isEqualTo(1 + 8 + 3 + 5 + 1 + 3 + 7);
        assertThat(count(2024, DayKind.ADJUSTED_WORKDAY)).isEqualTo(8);
        assertThat(count(2025, DayKind.HOLIDAY)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(count(2025, DayKind.ADJUSTED_WORKDAY)).isEqualTo(5);
        assertThat(count(2026, DayKind.HOLIDAY)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(count(2026, DayKind.ADJUSTED_WORKDAY)).isEqualTo(6);
    }

    private long count(int year, DayKind kind) {
        return calendar.years().get(year).exceptions().values().stream().filter(e -> e.kind() == kind).count();
    }

    // --- working-day periods (处罚法 第八十五条, 强制法 第六十九条) -------------------------------------------

    @Test
    void seven_working_days_from_2025_09_26_end_on_2025_10_13_across_national_day_per_article_85() {
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 7)).isEqualTo(d("2025-10-13"));
    }

    @Test
    void working_day_period_does_not_count_the_start_day_per_article_85() {
        // Monday 2025-03-10 + 1 working day is Tuesday, not Monday itself
        assertThat(calendar.addWorkingDays(d("2025-03-10"), 1)).isEqualTo(d("2025-03-11"));
        assertThat(calendar.addWorkingDays(d("2025-03-10"), 5)).isEqualTo(d("2025-03-17"));
    }

    @Test
    void working_day_period_skips_the_spring_festival_2026_and_counts_the_adjusted_saturday() {
        // Fri 2026-02-13 → Sat 02-14 (adjusted, 1), 02-15..23 off, Tue 02-24 (2), Wed 02-25 (3)
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 3)).isEqualTo(d("2026-02-25"));
    }

    @Test
    void working_day_period_started_on_a_holiday_counts_from_the_next_working_day() {
        // 2024-10-01 (holiday) + 2 working days: 10-08 (1), 10-09 (2)
        assertThat(calendar.addWorkingDays(d("2024-10-01"), 2)).isEqualTo(d("2024-10-09"));
    }

    @Test
    void zero_working_days_is_the_start_day_itself() {
        assertThat(calendar.addWorkingDays(d("2025-10-04"), 0)).isEqualTo(d("2025-10-04"));
    }

    @Test
    void a_negative_period_is_refused_with_a_chinese_message() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-03-10"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> calendar.addCalendarDays(d("2025-03-10"), -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> calendar.addPeriod(d("2025-03-10"), Period.ofMonths(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能为负数");
    }

    @Test
    void working_days_between_counts_days_after_the_start_up_to_and_including_the_end() {
        assertThat(calendar.workingDaysBetween(d("2025-09-26"), d("2025-10-13"))).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(d("2025-10-13"), d("2025-10-13"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2025-10-13"), d("2025-09-26"))).isZero();
    }

    // --- calendar periods: roll forward to the next working day ------------------------------------------

    @Test
    void fifteen_day_period_ending_on_a_spring_festival_holiday_rolls_forward_to_the_next_working_day() {
        // 2025-01-20 + 15 = 2025-02-04, the last day of the Spring Festival → Wednesday 2025-02-05
        assertThat(calendar.addCalendarDays(d("2025-01-20"), 15)).isEqualTo(d("2025-02-05"));
    }

    @Test
    void calendar_period_ending_on_an_ordinary_weekend_rolls_forward_to_monday() {
        // 2025-03-01 + 15 = Sunday 2025-03-16 → Monday 2025-03-17
        assertThat(calendar.addCalendarDays(d("2025-03-01"), 15)).isEqualTo(d("2025-03-17"));
    }

    @Test
    void calendar_period_ending_on_an_adjusted_working_saturday_does_not_roll() {
        // 2025-09-26 + 15 = Saturday 2025-10-11, an adjusted working day
        assertThat(calendar.addCalendarDays(d("2025-09-26"), 15)).isEqualTo(d("2025-10-11"));
    }

    @Test
    void calendar_period_does_not_count_the_start_day() {
        assertThat(calendar.addCalendarDays(d("2025-03-10"), 1)).isEqualTo(d("2025-03-11"));
        assertThat(calendar.addCalendarDays(d("2025-03-10"), 0)).isEqualTo(d("2025-03-10"));
    }

    @Test
    void sixty_day_period_ending_in_national_day_2024_rolls_to_october_8() {
        // 2024-08-03 + 60 = 2024-10-02 (holiday) → 2024-10-08
        assertThat(calendar.addCalendarDays(d("2024-08-03"), 60)).isEqualTo(d("2024-10-08"));
    }

    @Test
    void month_period_ending_on_a_holiday_rolls_forward() {
        // 2025-09-01 + 1 month = 2025-10-01 (holiday) → 2025-10-09
        assertThat(calendar.addPeriod(d("2025-09-01"), Period.ofMonths(1))).isEqualTo(d("2025-10-09"));
        assertThat(calendar.addPeriod(d("2024-03-15"), Period.ofMonths(6))).isEqualTo(d("2024-09-18"));
    }

    // --- a year that is not loaded fails loudly -------------------------------------------------------------

    @Test
    void a_date_in_a_year_without_a_loaded_schedule_fails_naming_the_year() {
        assertThatThrownBy(() -> calendar.kindOf(d("2027-03-01")))
                .isInstanceOfSatisfying(MissingCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("2027 年");
        assertThatThrownBy(() -> calendar.kindOf(d("2023-12-29")))
                .isInstanceOfSatisfying(MissingCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2023));
    }

    @Test
    void a_working_day_period_crossing_from_2026_into_2027_fails_loudly() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-12-28"), 7))
                .isInstanceOfSatisfying(MissingCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("2027");
    }

    @Test
    void a_calendar_period_crossing_from_2026_into_2027_fails_loudly() {
        assertThatThrownBy(() -> calendar.addCalendarDays(d("2026-12-20"), 15))
                .isInstanceOfSatisfying(MissingCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> calendar.addPeriod(d("2026-08-01"), Period.ofMonths(6)))
                .isInstanceOf(MissingCalendarYearException.class);
    }

    @Test
    void a_period_starting_in_an_unloaded_year_fails_even_if_it_ends_in_a_loaded_one() {
        assertThatThrownBy(() -> calendar.addCalendarDays(d("2023-12-25"), 15))
                .isInstanceOfSatisfying(MissingCalendarYearException.class, e -> assertThat(e.year()).isEqualTo(2023));
    }

    @Test
    void a_period_ending_on_the_last_working_day_of_2026_needs_no_2027_schedule() {
        // Thursday 2026-12-31 is a working day; nothing in 2027 is looked at
        assertThat(calendar.addCalendarDays(d("2026-12-16"), 15)).isEqualTo(d("2026-12-31"));
    }

    @Test
    void local_ethnic_holidays_are_non_working_days_per_article_4() {
        CalendarRules withLocal = new CalendarRules(List.of(YearSchedule.of(2025, "测试", List.of(
                new DayException(d("2025-03-04"), DayKind.LOCAL_HOLIDAY, "示例民族节日")))));
        assertThat(withLocal.kindOf(d("2025-03-04"))).isEqualTo(DayKind.LOCAL_HOLIDAY);
        assertThat(withLocal.isWorkingDay(d("2025-03-04"))).isFalse();
        assertThat(withLocal.addWorkingDays(d("2025-03-03"), 1)).isEqualTo(d("2025-03-05"));
    }
}
