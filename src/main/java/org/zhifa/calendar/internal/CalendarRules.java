package org.zhifa.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;

/**
 * The deadline arithmetic of legal-rules §1 over an immutable set of loaded years, with no database or Spring:
 * the start day is never counted; working-day periods count forward working days (处罚法 第八十五条, 强制法
 * 第六十九条); calendar periods end on from + period and move to the next working day when that day is not a
 * working day. Every date looked at must lie in a loaded year, otherwise {@link MissingCalendarYearException}.
 */
public final class CalendarRules implements WorkingDayCalendar {

    private final Map<Integer, YearSchedule> years;

    public CalendarRules(Collection<YearSchedule> schedules) {
        TreeMap<Integer, YearSchedule> map = new TreeMap<>();
        for (YearSchedule s : schedules) {
            map.put(s.year(), s);
        }
        this.years = java.util.Collections.unmodifiableMap(map);
    }

    public Map<Integer, YearSchedule> years() {
        return years;
    }

    public boolean isLoaded(int year) {
        return years.containsKey(year);
    }

    /** The registered exception on {@code date}, if any (the year must be loaded). */
    public Optional<DayException> exceptionOn(LocalDate date) {
        return Optional.ofNullable(schedule(date).exceptions().get(date));
    }

    @Override
    public DayKind kindOf(LocalDate date) {
        DayException exception = schedule(date).exceptions().get(date);
        if (exception != null) {
            return exception.kind();
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        requireNotNegative(workingDays, "工作日数");
        schedule(from);
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public LocalDate addCalendarDays(LocalDate from, int days) {
        requireNotNegative(days, "天数");
        return rollForward(from, from.plusDays(days));
    }

    @Override
    public LocalDate addPeriod(LocalDate from, Period period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("期间不能为负数：" + period);
        }
        return rollForward(from, from.plus(period));
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        schedule(from);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The period's last day, or the next working day when the last day is not one. */
    private LocalDate rollForward(LocalDate from, LocalDate end) {
        schedule(from);
        LocalDate day = end;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private YearSchedule schedule(LocalDate date) {
        YearSchedule schedule = years.get(date.getYear());
        if (schedule == null) {
            throw new MissingCalendarYearException(date.getYear());
        }
        return schedule;
    }

    private static void requireNotNegative(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + "不能为负数：" + n);
        }
    }
}
