package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.calendar.internal.CalendarAdministration;
import org.zhifa.calendar.internal.YearForm;
import org.zhifa.common.Actor;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The security administrator's changes on the real database: a new year, a refused re-add, an explicit
 * replacement, local holidays; the in-memory calendar follows each change. Uses year 2031 so that the shared
 * database keeps 2027 unloaded for the other tests.
 */
@ZhifaIntegrationTest
class CalendarAdministrationTest {

    private static final int YEAR = 2031;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    WorkingDayCalendar calendar;

    record TestActor(long userId, String username, String displayName, long unitId, String unitName,
            Set<String> roleCodes) implements Actor {
    }

    @BeforeEach
    void loginAsSecurityAdmin() {
        Actor actor = new TestActor(2, "secadmin", "安全管理员", 1, "海西州交通运输局", Set.of("SECURITY_ADMIN"));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(actor, null, "ROLE_SECURITY_ADMIN"));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static YearForm form(String daysOff, String adjusted) {
        YearForm form = new YearForm();
        form.setYear(YEAR);
        form.setSource("国务院办公厅关于" + YEAR + "年部分节假日安排的通知（测试用虚构安排）");
        form.setDaysOff(daysOff);
        form.setAdjustedWorkdays(adjusted);
        return form;
    }

    @Test
    void a_new_year_is_used_at_once_and_cannot_be_re_added_without_an_explicit_replacement() {
        assertThatThrownBy(() -> calendar.kindOf(LocalDate.of(YEAR, 1, 1))).isInstanceOf(MissingCalendarYearException.class);

        assertThat(administration.addYear(form("2031-01-01 元旦\n2031-01-22~2031-01-28 春节", "2031-01-19 春节调休"))).isEmpty();
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 1, 22))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 1, 19))).isEqualTo(DayKind.ADJUSTED_WORKDAY);

        assertThat(administration.addYear(form("2031-01-01 元旦", ""))).containsKey(CalendarAdministration.YEAR);

        YearForm replace = form("2031-01-01 元旦\n2031-01-23~2031-01-29 春节", "");
        replace.setReplace(true);
        assertThat(administration.addYear(replace)).containsKey(CalendarAdministration.REASON);
        replace.setReason("春节日期录入有误");
        assertThat(administration.addYear(replace)).isEmpty();
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 1, 22))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 1, 19))).isEqualTo(DayKind.WEEKEND);

        assertThat(administration.addLocalHoliday(YEAR, "2031-03-04~2031-03-05 示例民族节日")).isEmpty();
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 3, 4))).isEqualTo(DayKind.LOCAL_HOLIDAY);
        assertThat(administration.addLocalHoliday(YEAR, "2031-01-01 冲突")).containsKey(CalendarAdministration.LOCAL);
        administration.removeLocalHoliday(YEAR, LocalDate.of(YEAR, 3, 4));
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 3, 4))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kindOf(LocalDate.of(YEAR, 3, 5))).isEqualTo(DayKind.LOCAL_HOLIDAY);
    }

    @Test
    void a_schedule_with_a_bad_line_saves_nothing() {
        YearForm bad = form("2032-01-01 元旦\n2032-02-30 错误日期", "");
        bad.setYear(2032);
        assertThat(administration.addYear(bad).get("daysOff")).containsExactly("第 2 行：日期 2032-02-30 不存在");
        assertThatThrownBy(() -> calendar.kindOf(LocalDate.of(2032, 1, 1))).isInstanceOf(MissingCalendarYearException.class);
    }
}
