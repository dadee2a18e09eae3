package org.zhifa.calendar.internal;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Service;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.WorkingDayCalendar;

/**
 * The {@link WorkingDayCalendar} of the application: the loaded years are read once into an immutable
 * {@link CalendarRules} and kept in memory (every deadline in zhifa goes through here); an administrator's
 * change calls {@link #reload()} after it is committed.
 */
@Service
public class CalendarService implements WorkingDayCalendar {

    private final CalendarRepository repository;
    private volatile CalendarRules rules;

    public CalendarService(CalendarRepository repository) {
        this.repository = repository;
    }

    /** The rules currently in force, loading them on first use. */
    public CalendarRules rules() {
        CalendarRules current = rules;
        if (current == null) {
            synchronized (this) {
                current = rules;
                if (current == null) {
                    current = new CalendarRules(repository.loadAll());
                    rules = current;
                }
            }
        }
        return current;
    }

    /** Re-reads the calendar tables; called after every committed change. */
    public synchronized void reload() {
        rules = new CalendarRules(repository.loadAll());
    }

    @Override
    public DayKind kindOf(LocalDate date) {
        return rules().kindOf(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return rules().addWorkingDays(from, workingDays);
    }

    @Override
    public LocalDate addCalendarDays(LocalDate from, int days) {
        return rules().addCalendarDays(from, days);
    }

    @Override
    public LocalDate addPeriod(LocalDate from, Period period) {
        return rules().addPeriod(from, period);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules().workingDaysBetween(from, to);
    }
}
