package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.calendar.internal.DayException;
import org.zhifa.calendar.internal.ScheduleParser;

/** The administrator's schedule input: every bad line is reported in Chinese and nothing is kept. */
class ScheduleParserTest {

    @Test
    void parses_single_days_and_ranges_with_names() {
        ScheduleParser.Result r = ScheduleParser.parseYear(2027, "2027-01-01 元旦\n2027-02-06~2027-02-13 春节\n\n",
                "2027-02-14 春节调休", Map.of());
        assertThat(r.ok()).isTrue();
        assertThat(r.days()).hasSize(1 + 8 + 1);
        assertThat(r.days()).contains(new DayException(LocalDate.of(2027, 2, 14), DayKind.ADJUSTED_WORKDAY, "春节调休"));
        assertThat(r.days()).contains(new DayException(LocalDate.of(2027, 2, 9), DayKind.HOLIDAY, "春节"));
    }

    @Test
    void accepts_full_width_tilde_and_zhi_as_range_separators() {
        assertThat(ScheduleParser.parseRange("2027-05-01～2027-05-05 劳动节", 2027, true).dates()).hasSize(5);
        assertThat(ScheduleParser.parseRange("2027-05-01至2027-05-05 劳动节", 2027, true).dates()).hasSize(5);
    }

    @Test
    void every_bad_line_is_reported_with_its_number_and_nothing_is_kept() {
        ScheduleParser.Result r = ScheduleParser.parseYear(2027,
                "2027-01-01 元旦\n2027-13-01 错误\n2027-02-13~2027-02-06 春节\n2028-01-01 元旦\n2027-10-01\n乱写",
                "2027-02-15 春节调休\n2027-01-01 元旦调休", Map.of());
        assertThat(r.ok()).isFalse();
        assertThat(r.days()).isEmpty();
        assertThat(r.errors().get(ScheduleParser.DAYS_OFF)).containsExactly(
                "第 2 行：日期 2027-13-01 不存在",
                "第 3 行：结束日期 2027-02-06 早于开始日期 2027-02-13",
                "第 4 行：日期不在 2027 年内，每个年度只录入本年的日期",
                "第 5 行：缺少名称，例如“2027-10-01 春节”",
                "第 6 行：格式不正确：“乱写”，应为“2027-01-01 名称”或“2027-02-06~2027-02-13 名称”");
        assertThat(r.errors().get(ScheduleParser.ADJUSTED)).containsExactly(
                "第 1 行：2027-02-15 是周一，本来就是工作日，无需登记调休上班",
                "第 2 行：2027-01-01 是周五，本来就是工作日，无需登记调休上班");
    }

    @Test
    void an_adjusted_working_day_inside_the_days_off_is_refused() {
        ScheduleParser.Result r = ScheduleParser.parseYear(2027, "2027-02-06~2027-02-13 春节", "2027-02-06 春节调休",
                Map.of());
        assertThat(r.errors().get(ScheduleParser.ADJUSTED)).singleElement().asString()
                .contains("已在放假日期第 1 行中");
    }

    @Test
    void overlapping_ranges_are_refused() {
        ScheduleParser.Result r = ScheduleParser.parseYear(2027, "2027-10-01~2027-10-07 国庆节\n2027-10-07 重复", "",
                Map.of());
        assertThat(r.errors().get(ScheduleParser.DAYS_OFF)).containsExactly("第 2 行：2027-10-07 已在第 1 行登记为放假日");
    }

    @Test
    void an_empty_schedule_is_refused() {
        assertThat(ScheduleParser.parseYear(2027, " \n", "", Map.of()).errors())
                .containsKey(ScheduleParser.DAYS_OFF);
    }

    @Test
    void an_implausibly_long_range_is_refused() {
        ScheduleParser.Result r = ScheduleParser.parseYear(2027, "2027-02-06~2027-12-13 春节", "", Map.of());
        assertThat(r.errors().get(ScheduleParser.DAYS_OFF)).singleElement().asString().contains("超过 31 天");
    }

    @Test
    void a_new_day_on_a_kept_local_holiday_is_refused() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        ScheduleParser.Result r = ScheduleParser.parseYear(2027, "2027-03-01 某节", "",
                Map.of(day, new DayException(day, DayKind.LOCAL_HOLIDAY, "示例民族节日")));
        assertThat(r.errors().get(ScheduleParser.DAYS_OFF)).singleElement().asString().contains("地方节假日");
    }
}
