package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.DayOfWeek;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.ClockState;
import org.zhifa.cases.rules.CaseProperties;

/**
 * Starts and stops the legal clocks of a case. Due dates come from the calendar module: working days for periods of
 * ten days or less of 处罚法/强制法 (处罚法 Art. 85; 强制法 Art. 69), calendar days otherwise. When the due date falls in
 * a year whose holiday schedule is not loaded, the date is computed without holidays, marked provisional and the
 * note says so (legal-rules §1: never guess silently).
 */
@Service
public class CaseClocks {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final CaseProperties settings;

    CaseClocks(JdbcClient jdbc, WorkingDayCalendar calendar, CaseProperties settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The length of a clock in days per the settings (defaults in {@link ClockKind}). */
    public int days(ClockKind kind) {
        switch (kind) {
            case FILING_DECISION: return settings.filingDecisionDays();
            case CASE_LIMIT: return settings.caseLimitDays();
            case STATEMENT_WINDOW: return settings.statementWorkingDays();
            case HEARING_REQUEST: return settings.hearingRequestWorkingDays();
            case MAJOR_FILING: return settings.majorFilingWorkingDays();
            default: return kind.defaultDays();
        }
    }

    public record Due(LocalDate date, boolean provisional) {
    }

    public Due due(ClockKind kind, LocalDate from) {
        try {
            if (kind == ClockKind.COURT_APPLICATION) {
                // 强制法 Art. 53: within three months after the six-month litigation period has ended.
                return new Due(calendar.addPeriod(from, Period.ofMonths(9)), false);
            }
            return new Due(kind.workingDays() ? calendar.addWorkingDays(from, days(kind))
                    : calendar.addCalendarDays(from, days(kind)), false);
        } catch (MissingCalendarYearException e) {
            return new Due(provisional(kind, from), true);
        }
    }

    /**
     * The end of a period of {@code workingDays} working days from {@code from} that a person fixed (e.g. the period
     * a 催告书 gives), counted like the clocks (provisional when the year's holidays are not loaded).
     */
    public Due dueInWorkingDays(LocalDate from, int workingDays) {
        try {
            return new Due(calendar.addWorkingDays(from, workingDays), false);
        } catch (MissingCalendarYearException e) {
            return new Due(weekdaysAfter(from, workingDays), true);
        }
    }

    private LocalDate provisional(ClockKind kind, LocalDate from) {
        if (kind == ClockKind.COURT_APPLICATION) {
            return from.plusMonths(9);
        }
        if (!kind.workingDays()) {
            return from.plusDays(days(kind));
        }
        return weekdaysAfter(from, days(kind));
    }

    private static LocalDate weekdaysAfter(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    public long start(long caseId, ClockKind kind, LocalDate from) {
        Due due = due(kind, from);
        return start(caseId, kind, from, due.date(), due.provisional());
    }

    public long start(long caseId, ClockKind kind, LocalDate from, LocalDate dueOn, boolean provisional) {
        stop(caseId, kind, from, ClockState.STOPPED);
        return jdbc.sql("""
                insert into case_clock (case_id, kind, basis, started_on, due_on, state, provisional, note)
                values (:c, :k, :b, :s, :d, 'RUNNING', :p, :n) returning id
                """).param("c", caseId).param("k", kind.name()).param("b", kind.basis().text()).param("s", from)
                .param("d", dueOn).param("p", provisional)
                .param("n", provisional ? "到期日所在年度的节假日安排尚未载入，未按节假日顺延，载入后请复核" : null)
                .query(Long.class).single();
    }

    /**
     * A clock is open until it is closed: RUNNING, or OVERDUE without {@code closed_on} once {@link ClockSweep} found it
     * past its due date. Closing an open clock records MET when on time, OVERDUE when late.
     */
    public static final String OPEN = " closed_on is null and state in ('RUNNING', 'OVERDUE')";

    /** Closes open clocks of the kind: MET when on time, OVERDUE when late, or the given final state. */
    public void stop(long caseId, ClockKind kind, LocalDate on, ClockState forced) {
        jdbc.sql("""
                update case_clock set closed_on = :on,
                    state = case when cast(:forced as text) is not null then cast(:forced as text)
                                 when :on > due_on then 'OVERDUE' else 'MET' end
                where case_id = :c and kind = :k and """ + OPEN).param("on", on).param("forced", forced == null ? null : forced.name()).param("c", caseId)
                .param("k", kind.name()).update();
    }

    /** The clock of one instalment (处罚法 Art. 66); several run side by side, so it does not replace the others. */
    public long startInstalment(long caseId, int no, LocalDate from, LocalDate dueOn) {
        return jdbc.sql("""
                insert into case_clock (case_id, kind, basis, started_on, due_on, state, provisional, instalment_no)
                values (:c, 'INSTALMENT', :b, :s, :d, 'RUNNING', false, :n) returning id
                """).param("c", caseId).param("b", ClockKind.INSTALMENT.basis().text()).param("s", from).param("d", dueOn)
                .param("n", no).query(Long.class).single();
    }

    /** Closes the clock of a paid instalment: MET when paid on time, OVERDUE when late. */
    public void stopInstalment(long caseId, int no, LocalDate on) {
        jdbc.sql("""
                update case_clock set closed_on = :on, state = case when :on > due_on then 'OVERDUE' else 'MET' end
                where case_id = :c and kind = 'INSTALMENT' and instalment_no = :n and """ + OPEN)
                .param("on", on).param("c", caseId).param("n", no).update();
    }

    public void stopOne(long clockId, LocalDate on) {
        jdbc.sql("""
                update case_clock set closed_on = :on, state = case when :on > due_on then 'OVERDUE' else 'MET' end
                where id = :id and """ + OPEN).param("on", on).param("id", clockId).update();
    }

    /** Closes every open clock of the case with the given state (归档: an archived case has no running clock). */
    public void stopAll(long caseId, LocalDate on, ClockState state) {
        jdbc.sql("update case_clock set closed_on = :on, state = :s where case_id = :c and " + OPEN)
                .param("on", on).param("s", state.name()).param("c", caseId).update();
    }

    /** Moves the due date of open clocks; they run again until the sweep finds them past the new date. */
    public void moveDue(long caseId, ClockKind kind, LocalDate newDue) {
        jdbc.sql("update case_clock set due_on = :d, state = 'RUNNING' where case_id = :c and kind = :k and " + OPEN)
                .param("d", newDue).param("c", caseId).param("k", kind.name()).update();
    }

    /** Moves the due date of one open clock (a measure's term extended); it runs again until the new date. */
    public void moveDueOne(long clockId, LocalDate newDue) {
        jdbc.sql("update case_clock set due_on = :d, state = 'RUNNING' where id = :id and " + OPEN)
                .param("d", newDue).param("id", clockId).update();
    }

    public List<CaseClock> of(long caseId) {
        return jdbc.sql("select * from case_clock where case_id = :c order by id").param("c", caseId)
                .query((rs, i) -> new CaseClock(rs.getLong("id"), rs.getLong("case_id"),
                        ClockKind.valueOf(rs.getString("kind")), rs.getString("basis"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        ClockState.valueOf(rs.getString("state")), rs.getObject("closed_on", LocalDate.class),
                        rs.getBoolean("provisional"), rs.getString("note"),
                        (Integer) rs.getObject("instalment_no"))).list();
    }
}
