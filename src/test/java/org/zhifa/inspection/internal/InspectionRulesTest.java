package org.zhifa.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.personnel.OfficerView;

/** The inspection rules on their own, each named after the rule. */
class InspectionRulesTest {

    static OfficerView officer(long id, boolean auxiliary) {
        return new OfficerView(id, "人员" + id, 11, null, auxiliary, auxiliary ? null : "证" + id);
    }

    @Test
    void two_inspectors_two_different_officers_pass() {
        assertThat(TwoInspectorsRule.check(List.of(officer(1, false), officer(2, false)), 2).isAllowed()).isTrue();
    }

    @Test
    void two_inspectors_the_same_officer_twice_is_one() {
        var d = TwoInspectorsRule.check(List.of(officer(1, false), officer(1, false)), 2);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().article()).isEqualTo("《行政处罚法》第四十二条");
    }

    @Test
    void two_inspectors_auxiliary_staff_never_count() {
        var d = TwoInspectorsRule.check(List.of(officer(1, false), officer(2, false), officer(3, true)), 2);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().message()).contains("辅助人员");
    }

    /** Monday to Friday are working days; a year after 2026 is not loaded. */
    static final WorkingDayCalendar WEEKDAYS_2026 = new WorkingDayCalendar() {
        public DayKind kindOf(LocalDate date) {
            if (date.getYear() > 2026) {
                throw new MissingCalendarYearException(date.getYear());
            }
            return date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? DayKind.WEEKEND : DayKind.WORKDAY;
        }

        public LocalDate addWorkingDays(LocalDate from, int n) {
            LocalDate d = from;
            while (n > 0) {
                d = d.plusDays(1);
                if (kindOf(d).working()) {
                    n--;
                }
            }
            return d;
        }

        public LocalDate addCalendarDays(LocalDate from, int days) {
            return from.plusDays(days);
        }

        public LocalDate addPeriod(LocalDate from, Period period) {
            return from.plus(period);
        }

        public int workingDaysBetween(LocalDate from, LocalDate to) {
            return 0;
        }
    };

    @Test
    void results_are_published_within_20_working_days_counted_without_the_inspection_day() {
        var due = ResultPublicationDeadline.of(WEEKDAYS_2026, LocalDate.of(2026, 3, 2), 20);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(due.basis()).contains("20 个工作日", "国办发〔2015〕58号");
        assertThat(ResultPublicationDeadline.late(due.date(), LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(ResultPublicationDeadline.late(due.date(), LocalDate.of(2026, 3, 31))).isTrue();
    }

    @Test
    void results_publication_deadline_is_never_guessed_for_a_year_without_a_calendar() {
        var due = ResultPublicationDeadline.of(WEEKDAYS_2026, LocalDate.of(2026, 12, 20), 20);
        assertThat(due.date()).isNull();
        assertThat(due.basis()).contains("2027", "期限暂无法计算");
        assertThat(ResultPublicationDeadline.late(null, LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void a_stake_number_reads_and_prints_as_kilometres_and_metres() {
        assertThat(StakeNumber.parse("K2350+200").metres()).isEqualTo(2_350_200);
        assertThat(StakeNumber.parse("k12+5").text()).isEqualTo("K12+005");
        assertThat(StakeNumber.parse("2300").text()).isEqualTo("K2300+000");
        assertThat(StakeNumber.problem("K12-5")).contains("K2300+200");
    }

    @Test
    void a_correction_order_states_the_reconsideration_body_of_the_unit_or_is_refused() {
        org.zhifa.cases.UnitRemedies configured = unitId -> java.util.Optional.of(
                new org.zhifa.cases.UnitRemedies.Remedies("德令哈市人民政府", "人民法院"));
        assertThat(InspectionOutcomes.remediesOf(configured, 11).reconsiderationBody()).isEqualTo("德令哈市人民政府");
        org.zhifa.cases.UnitRemedies none = unitId -> java.util.Optional.empty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InspectionOutcomes.remediesOf(none, 11))
                .isInstanceOfSatisfying(org.zhifa.common.RuleViolationException.class, e -> assertThat(
                        e.rejection().article()).isEqualTo("《行政复议法》第二十四条第一款第（一）项"))
                .hasMessageContaining("行政复议机关");
    }
}
