package org.zhifa.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhifa.calendar.OfficialSchedules;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.common.PolicyDecision;

/**
 * 《行政强制法》第二十五条第一款: a seizure's term is extended once, before it ends, by at most thirty (calendar) days
 * after the term, the last day moved to the next working day (legal-rules §1), over the official 2024–2026 calendar.
 */
class MeasureExtensionRuleProperties {

    private static final WorkingDayCalendar CALENDAR = OfficialSchedules.rules();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    /** Terms that end early enough that thirty days and a holiday after them stay inside 2026. */
    @Provide
    Arbitrary<LocalDate> terms() {
        return Arbitraries.integers().between(0, 365 + 365 + 300).map(FIRST::plusDays);
    }

    private static void refusedUnderArticle25(PolicyDecision d) {
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().text()).contains("《行政强制法》第二十五条");
    }

    @Property
    void a_seizure_may_be_extended_by_up_to_thirty_days_per_coercion_law_article_25(@ForAll("terms") LocalDate due,
            @ForAll @IntRange(min = 1, max = 30) int days, @ForAll @IntRange(min = 0, max = 29) int before) {
        LocalDate approvedOn = due.minusDays(before);
        assertThat(MeasureExtensionRule.check(approvedOn, due, null, due.plusDays(days), CALENDAR).isAllowed()).isTrue();
    }

    @Property
    void a_seizure_is_never_extended_past_the_first_working_day_on_or_after_thirty_days_per_coercion_law_article_25(
            @ForAll("terms") LocalDate due, @ForAll @IntRange(min = 1, max = 60) int beyond) {
        LocalDate latest = MeasureExtensionRule.latest(due, CALENDAR);
        assertThat(latest).isAfterOrEqualTo(due.plusDays(30));
        assertThat(CALENDAR.isWorkingDay(latest)).isTrue();
        for (LocalDate d = due.plusDays(30); d.isBefore(latest); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).isFalse();
        }
        assertThat(MeasureExtensionRule.check(due, due, null, latest, CALENDAR).isAllowed()).isTrue();
        refusedUnderArticle25(MeasureExtensionRule.check(due, due, null, latest.plusDays(beyond), CALENDAR));
    }

    @Property
    void a_seizure_is_extended_only_once_per_coercion_law_article_25(@ForAll("terms") LocalDate due,
            @ForAll @IntRange(min = 1, max = 30) int days) {
        refusedUnderArticle25(MeasureExtensionRule.check(due, due, due.minusDays(1), due.plusDays(days), CALENDAR));
    }

    @Property
    void a_seizure_whose_term_has_ended_is_not_extended_per_coercion_law_article_25(@ForAll("terms") LocalDate due,
            @ForAll @IntRange(min = 1, max = 30) int late, @ForAll @IntRange(min = 1, max = 30) int days) {
        refusedUnderArticle25(MeasureExtensionRule.check(due.plusDays(late), due, null, due.plusDays(days), CALENDAR));
    }

    /** 2026-09-05 + 30 days is 2026-10-05, inside the National Day holiday (10-01 to 10-07): the term ends 10-08. */
    @Example
    void thirty_days_ending_in_the_national_day_holiday_end_on_the_next_working_day_per_legal_rules_1() {
        assertThat(MeasureExtensionRule.latest(LocalDate.of(2026, 9, 5), CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 8));
    }
}
