package org.zhifa.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.DayKind;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.NotFoundException;

/**
 * Changes to the calendar by the security administrator: a new year's State Council schedule (or its explicit
 * replacement with a reason) and local ethnic holidays (全国年节及纪念日放假办法 第四条). Each change is one
 * transaction, then audited and the in-memory calendar reloaded. Errors come back per field in Chinese and
 * nothing is saved.
 */
@Service
public class CalendarAdministration {

    public static final String YEAR = "year";
    public static final String SOURCE = "source";
    public static final String REASON = "reason";
    public static final String LOCAL = "local";
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final CalendarRepository repository;
    private final CalendarService calendar;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    public CalendarAdministration(CalendarRepository repository, CalendarService calendar, AuditTrail audit,
            TransactionTemplate tx) {
        this.repository = repository;
        this.calendar = calendar;
        this.audit = audit;
        this.tx = tx;
    }

    /** Adds (or, with {@code replace} and a reason, replaces) a year's schedule; answers the errors per field. */
    public Map<String, List<String>> addYear(YearForm form) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Integer year = form.getYear();
        String source = trim(form.getSource());
        String reason = trim(form.getReason());
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            add(errors, YEAR, "请填写 " + MIN_YEAR + "–" + MAX_YEAR + " 之间的年度");
        }
        if (source.isEmpty()) {
            add(errors, SOURCE, "请填写依据的通知，例如“国务院办公厅关于" + (year == null ? "2027" : year)
                    + "年部分节假日安排的通知”及文号");
        } else if (source.length() > 200) {
            add(errors, SOURCE, "来源最多 200 个字");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Optional<CalendarRepository.YearRow> existing = repository.year(year);
        if (existing.isPresent()) {
            if (!form.isReplace()) {
                add(errors, YEAR, year + " 年的安排已录入（" + existing.get().source()
                        + "）；如需更正，请勾选“替换已录入的安排”并填写原因");
                audit.refused("CALENDAR_YEAR_ADDED", "CALENDAR_YEAR", year, "年度已存在，未勾选替换");
                return errors;
            }
            if (reason.isEmpty()) {
                add(errors, REASON, "替换已录入的安排时必须填写原因");
                return errors;
            } else if (reason.length() > 500) {
                add(errors, REASON, "原因最多 500 个字");
                return errors;
            }
        }
        Map<LocalDate, DayException> locals = existing.isPresent() ? localHolidays(year) : Map.of();
        ScheduleParser.Result parsed = ScheduleParser.parseYear(year, form.getDaysOff(), form.getAdjustedWorkdays(), locals);
        if (!parsed.ok()) {
            return parsed.errors();
        }
        String user = CurrentActor.require().username();
        tx.executeWithoutResult(status -> {
            if (existing.isPresent()) {
                repository.replaceYear(year, existing.get().version(), source, user, reason);
            } else {
                repository.insertYear(year, source, user);
            }
            repository.insertDays(year, parsed.days(), user);
        });
        calendar.reload();
        long holidays = parsed.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        long adjusted = parsed.days().size() - holidays;
        if (existing.isPresent()) {
            audit.success("CALENDAR_YEAR_REPLACED", "CALENDAR_YEAR", year, "替换 " + year + " 年节假日安排（" + source
                    + "），放假 " + holidays + " 天，调休上班 " + adjusted + " 天；原因：" + reason);
        } else {
            audit.success("CALENDAR_YEAR_ADDED", "CALENDAR_YEAR", year, "录入 " + year + " 年节假日安排（" + source
                    + "），放假 " + holidays + " 天，调休上班 " + adjusted + " 天");
        }
        return Map.of();
    }

    /** Adds a local holiday (one date or a range, with its name) to a loaded year; answers errors or nothing. */
    public Map<String, List<String>> addLocalHoliday(int year, String line) {
        requireYear(year);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ScheduleParser.Range range;
        try {
            range = ScheduleParser.parseRange(line == null ? "" : line, year, true);
        } catch (ScheduleParser.LineException e) {
            add(errors, LOCAL, e.getMessage());
            return errors;
        }
        CalendarRules rules = calendar.rules();
        List<DayException> days = new ArrayList<>();
        for (LocalDate d : range.dates()) {
            Optional<DayException> taken = rules.exceptionOn(d);
            if (taken.isPresent()) {
                add(errors, LOCAL, d + " 已登记为" + taken.get().kind().label() + "“" + taken.get().name() + "”");
            } else {
                days.add(new DayException(d, DayKind.LOCAL_HOLIDAY, range.name()));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String user = CurrentActor.require().username();
        tx.executeWithoutResult(status -> repository.insertDays(year, days, user));
        calendar.reload();
        audit.success("CALENDAR_LOCAL_HOLIDAY_ADDED", "CALENDAR_YEAR", year, "增加地方节假日“" + range.name() + "”："
                + days.stream().map(d -> d.date().toString()).collect(Collectors.joining("、")));
        return Map.of();
    }

    /** Removes one local holiday day. */
    public void removeLocalHoliday(int year, LocalDate day) {
        requireYear(year);
        if (day.getYear() != year) {
            throw new NotFoundException(day + " 不属于 " + year + " 年");
        }
        CalendarRepository.DayRow removed = tx.execute(status -> repository.deleteLocalHoliday(day)
                .orElseThrow(() -> new NotFoundException(day + " 不是已登记的地方节假日")));
        calendar.reload();
        audit.success("CALENDAR_LOCAL_HOLIDAY_REMOVED", "CALENDAR_YEAR", year,
                "删除地方节假日“" + removed.name() + "”：" + day);
    }

    private void requireYear(int year) {
        if (repository.year(year).isEmpty()) {
            throw new NotFoundException(year + " 年的节假日安排尚未录入");
        }
    }

    private Map<LocalDate, DayException> localHolidays(int year) {
        return calendar.rules().years().get(year).exceptions().values().stream()
                .filter(d -> d.kind() == DayKind.LOCAL_HOLIDAY)
                .collect(Collectors.toMap(DayException::date, d -> d));
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }
}
