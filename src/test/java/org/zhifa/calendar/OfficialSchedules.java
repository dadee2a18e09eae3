package org.zhifa.calendar;

import java.util.List;
import java.util.Map;
import org.zhifa.calendar.internal.CalendarRules;
import org.zhifa.calendar.internal.ScheduleParser;
import org.zhifa.calendar.internal.YearSchedule;

/**
 * The 2024–2026 State Council schedules typed from legal-rules §1, independently of the Flyway migration, so
 * that the migration can be checked against them day by day.
 */
public final class OfficialSchedules {

    static final String DAYS_OFF_2024 = """
            2024-01-01 元旦
            2024-02-10~2024-02-17 春节
            2024-04-04~2024-04-06 清明节
            2024-05-01~2024-05-05 劳动节
            2024-06-10 端午节
            2024-09-15~2024-09-17 中秋节
            2024-10-01~2024-10-07 国庆节
            """;
    static final String ADJUSTED_2024 = """
            2024-02-04 春节调休
            2024-02-18 春节调休
            2024-04-07 清明节调休
            2024-04-28 劳动节调休
            2024-05-11 劳动节调休
            2024-09-14 中秋节调休
            2024-09-29 国庆节调休
            2024-10-12 国庆节调休
            """;
    static final String DAYS_OFF_2025 = """
            2025-01-01 元旦
            2025-01-28~2025-02-04 春节
            2025-04-04~2025-04-06 清明节
            2025-05-01~2025-05-05 劳动节
            2025-05-31~2025-06-02 端午节
            2025-10-01~2025-10-08 国庆节、中秋节
            """;
    static final String ADJUSTED_2025 = """
            2025-01-26 春节调休
            2025-02-08 春节调休
            2025-04-27 劳动节调休
            2025-09-28 国庆节、中秋节调休
            2025-10-11 国庆节、中秋节调休
            """;
    static final String DAYS_OFF_2026 = """
            2026-01-01~2026-01-03 元旦
            2026-02-15~2026-02-23 春节
            2026-04-04~2026-04-06 清明节
            2026-05-01~2026-05-05 劳动节
            2026-06-19~2026-06-21 端午节
            2026-09-25~2026-09-27 中秋节
            2026-10-01~2026-10-07 国庆节
            """;
    static final String ADJUSTED_2026 = """
            2026-01-04 元旦调休
            2026-02-14 春节调休
            2026-02-28 春节调休
            2026-05-09 劳动节调休
            2026-09-20 国庆节调休
            2026-10-10 国庆节调休
            """;

    private OfficialSchedules() {
    }

    static YearSchedule year(int year, String daysOff, String adjusted) {
        ScheduleParser.Result r = ScheduleParser.parseYear(year, daysOff, adjusted, Map.of());
        if (!r.ok()) {
            throw new IllegalStateException(r.errors().toString());
        }
        return YearSchedule.of(year, "国务院办公厅关于" + year + "年部分节假日安排的通知", r.days());
    }

    static List<YearSchedule> schedules() {
        return List.of(year(2024, DAYS_OFF_2024, ADJUSTED_2024), year(2025, DAYS_OFF_2025, ADJUSTED_2025),
                year(2026, DAYS_OFF_2026, ADJUSTED_2026));
    }

    public static CalendarRules rules() {
        return new CalendarRules(schedules());
    }
}
