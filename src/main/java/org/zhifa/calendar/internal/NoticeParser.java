package org.zhifa.calendar.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the State Council notice on next year's holidays as it is published, e.g.
 * {@code 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。}, into the lines of the year form
 * ({@code 2026-01-01~2026-01-03 元旦}, {@code 2026-01-04 元旦调休上班}). The weekday the notice states beside a date is
 * checked against the date. The result is shown for confirmation; nothing is saved here.
 */
public final class NoticeParser {

    private static final Pattern ITEM = Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．]\\s*([^：:]{1,20})[：:](.*)$");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2})月)?(\\d{1,2})日(?:（([^）]*)）|\\(([^)]*)\\))?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期)([一二三四五六日天])");
    private static final String WEEKDAYS = "一二三四五六日";

    private NoticeParser() {
    }

    /** The form's lines, the holidays read (for the confirmation table) and what could not be read. */
    public record Result(List<String> daysOffLines, List<String> adjustedLines, List<Holiday> holidays,
            List<String> errors) {

        public boolean ok() {
            return errors.isEmpty() && !holidays.isEmpty();
        }
    }

    /** One holiday of the notice. */
    public record Holiday(String name, LocalDate first, LocalDate last, List<LocalDate> workdays) {
    }

    public static Result parse(int year, String notice) {
        List<String> off = new ArrayList<>();
        List<String> adjusted = new ArrayList<>();
        List<Holiday> holidays = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = notice == null ? new String[0] : notice.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            Matcher item = ITEM.matcher(lines[n]);
            if (!item.matches()) {
                continue;
            }
            String name = item.group(1).strip();
            String body = item.group(2);
            int offAt = body.indexOf("放假");
            if (offAt < 0) {
                errors.add("第 " + (n + 1) + " 行（" + name + "）：未找到“放假”");
                continue;
            }
            try {
                List<LocalDate> range = dates(year, body.substring(0, offAt), n, errors);
                if (range.isEmpty() || range.size() > 2) {
                    errors.add("第 " + (n + 1) + " 行（" + name + "）：放假日期应为一天或“某日至某日”");
                    continue;
                }
                LocalDate first = range.get(0);
                LocalDate last = range.get(range.size() - 1);
                if (last.isBefore(first)) {
                    errors.add("第 " + (n + 1) + " 行（" + name + "）：结束日期早于开始日期");
                    continue;
                }
                List<LocalDate> work = new ArrayList<>();
                for (String sentence : body.substring(offAt).split("[。；;]")) {
                    if (sentence.contains("上班")) {
                        work.addAll(dates(year, sentence, n, errors));
                    }
                }
                off.add(first.equals(last) ? first + " " + name : first + "~" + last + " " + name);
                work.forEach(d -> adjusted.add(d + " " + name + "调休上班"));
                holidays.add(new Holiday(name, first, last, List.copyOf(work)));
            } catch (DateTimeException e) {
                errors.add("第 " + (n + 1) + " 行（" + name + "）：日期不存在");
            }
        }
        if (holidays.isEmpty() && errors.isEmpty()) {
            errors.add("未识别到任何节假日：请粘贴通知中“一、元旦：……”这样的各条");
        }
        return new Result(List.copyOf(off), List.copyOf(adjusted), List.copyOf(holidays), List.copyOf(errors));
    }

    /** The dates of a phrase; a day without a month takes the month before it (1月1日至3日). */
    private static List<LocalDate> dates(int year, String phrase, int line, List<String> errors) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = DATE.matcher(phrase);
        Integer month = null;
        while (m.find()) {
            if (m.group(1) != null) {
                month = Integer.valueOf(m.group(1));
            }
            if (month == null) {
                throw new DateTimeException("no month");
            }
            LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(2)));
            String note = m.group(3) != null ? m.group(3) : m.group(4);
            if (note != null) {
                Matcher w = WEEKDAY.matcher(note);
                if (w.find()) {
                    String c = w.group(1).equals("天") ? "日" : w.group(1);
                    DayOfWeek stated = DayOfWeek.of(WEEKDAYS.indexOf(c) + 1);
                    if (stated != d.getDayOfWeek()) {
                        errors.add("第 " + (line + 1) + " 行：" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 是"
                                + "星期" + WEEKDAYS.charAt(d.getDayOfWeek().getValue() - 1) + "，与通知所写“周" + c
                                + "”不符，请核对年度");
                    }
                }
            }
            out.add(d);
        }
        return out;
    }
}
