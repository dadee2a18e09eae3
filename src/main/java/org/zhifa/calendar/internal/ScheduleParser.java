package org.zhifa.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifa.calendar.DayKind;

/**
 * Reads a State Council schedule typed by the security administrator: days off as lines
 * {@code 2027-02-06~2027-02-13 春节} (or one date), adjusted working days as lines {@code 2027-02-14 春节调休}.
 * Every line is checked and every problem reported in Chinese with its line number; a schedule with any error
 * yields no days at all, so nothing half-typed is ever saved.
 */
public final class ScheduleParser {

    /** Field keys used in {@link Result#errors()}. */
    public static final String DAYS_OFF = "daysOff";
    public static final String ADJUSTED = "adjustedWorkdays";

    /** A holiday longer than this is almost certainly a typo in the end date (the longest, 春节, has 9 days). */
    static final int MAX_RANGE_DAYS = 31;
    static final int MAX_NAME_LENGTH = 50;

    private static final String DATE = "(\\d{4}-\\d{1,2}-\\d{1,2})";
    private static final Pattern LINE = Pattern.compile("^" + DATE + "(?:\\s*[~～至]\\s*" + DATE + ")?(?:\\s+(.+))?$");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    private ScheduleParser() {
    }

    /** The parsed days (empty when there is any error) and the errors per field. */
    public record Result(List<DayException> days, Map<String, List<String>> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One parsed line: a range of one or more days with a name. */
    public record Range(LocalDate first, LocalDate last, String name) {

        public List<LocalDate> dates() {
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                dates.add(d);
            }
            return dates;
        }
    }

    /**
     * Parses a whole year's schedule.
     *
     * @param existingLocalHolidays local holidays already registered in that year, kept when a schedule is
     *                              replaced: a new day may not fall on one of them
     */
    public static Result parseYear(int year, String daysOff, String adjusted,
            Map<LocalDate, DayException> existingLocalHolidays) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        TreeMap<LocalDate, DayException> days = new TreeMap<>();
        Map<LocalDate, Integer> offLine = new LinkedHashMap<>();

        List<String> offLines = lines(daysOff);
        if (offLines.stream().allMatch(String::isBlank)) {
            add(errors, DAYS_OFF, "请至少填写一行放假日期");
        }
        for (int i = 0; i < offLines.size(); i++) {
            String text = offLines.get(i).trim();
            if (text.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            try {
                Range range = parseRange(text, year, true);
                for (LocalDate d : range.dates()) {
                    Integer earlier = offLine.get(d);
                    if (earlier != null) {
                        throw new LineException(d + " 已在第 " + earlier + " 行登记为放假日");
                    }
                    DayException local = existingLocalHolidays.get(d);
                    if (local != null) {
                        throw new LineException(d + " 已登记为地方节假日“" + local.name() + "”，请先删除该地方节假日");
                    }
                }
                for (LocalDate d : range.dates()) {
                    offLine.put(d, lineNo);
                    days.put(d, new DayException(d, DayKind.HOLIDAY, range.name()));
                }
            } catch (LineException e) {
                add(errors, DAYS_OFF, "第 " + lineNo + " 行：" + e.getMessage());
            }
        }

        List<String> adjLines = lines(adjusted);
        Map<LocalDate, Integer> adjLine = new LinkedHashMap<>();
        for (int i = 0; i < adjLines.size(); i++) {
            String text = adjLines.get(i).trim();
            if (text.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            try {
                Range range = parseRange(text, year, false);
                LocalDate d = range.first();
                if (!isWeekend(d)) {
                    throw new LineException(d + " 是" + weekday(d) + "，本来就是工作日，无需登记调休上班");
                }
                if (offLine.containsKey(d)) {
                    throw new LineException(d + " 已在放假日期第 " + offLine.get(d) + " 行中，不能同时是调休上班日");
                }
                Integer earlier = adjLine.get(d);
                if (earlier != null) {
                    throw new LineException(d + " 已在第 " + earlier + " 行登记");
                }
                DayException local = existingLocalHolidays.get(d);
                if (local != null) {
                    throw new LineException(d + " 已登记为地方节假日“" + local.name() + "”，请先删除该地方节假日");
                }
                adjLine.put(d, lineNo);
                days.put(d, new DayException(d, DayKind.ADJUSTED_WORKDAY, range.name()));
            } catch (LineException e) {
                add(errors, ADJUSTED, "第 " + lineNo + " 行：" + e.getMessage());
            }
        }
        return errors.isEmpty() ? new Result(List.copyOf(days.values()), Map.of())
                : new Result(List.of(), errors);
    }

    /**
     * Parses one line {@code date[~date] name}; {@code allowRange} false accepts a single date only.
     *
     * @throws LineException with a Chinese message when the line is not valid
     */
    public static Range parseRange(String text, int year, boolean allowRange) {
        Matcher m = LINE.matcher(text.trim());
        if (!m.matches()) {
            throw new LineException("格式不正确：“" + text.trim() + "”，应为“" + year + "-01-01 名称”"
                    + (allowRange ? "或“" + year + "-02-06~" + year + "-02-13 名称”" : ""));
        }
        LocalDate first = date(m.group(1));
        LocalDate last = m.group(2) == null ? first : date(m.group(2));
        if (!allowRange && m.group(2) != null) {
            throw new LineException("调休上班日请每行填写一个日期");
        }
        String name = m.group(3) == null ? "" : m.group(3).trim();
        if (name.isEmpty()) {
            throw new LineException("缺少名称，例如“" + text.trim() + " 春节”");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new LineException("名称过长（最多 " + MAX_NAME_LENGTH + " 个字）");
        }
        if (first.getYear() != year || last.getYear() != year) {
            throw new LineException("日期不在 " + year + " 年内，每个年度只录入本年的日期");
        }
        if (last.isBefore(first)) {
            throw new LineException("结束日期 " + last + " 早于开始日期 " + first);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_RANGE_DAYS) {
            throw new LineException("放假区间超过 " + MAX_RANGE_DAYS + " 天，请检查结束日期");
        }
        return new Range(first, last, name);
    }

    public static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String weekday(LocalDate d) {
        return "周" + "一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            throw new LineException("日期 " + text + " 不存在");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R", -1));
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    /** A problem in one input line; the message is shown to the user. */
    public static final class LineException extends RuntimeException {

        public LineException(String message) {
            super(message);
        }
    }
}
