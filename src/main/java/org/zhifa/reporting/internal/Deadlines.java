package org.zhifa.reporting.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task's 完成时限 as written in the plan: "2024年6月底前" and "2024年3月" end with that month, "2024年底前" with
 * the year; "每年第一季度" recurs on 31 March; "长期推进", "配合推进" and an empty cell have no deadline.
 */
public final class Deadlines {

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年底");
    private static final Pattern QUARTER = Pattern.compile("每年第([一二三四])季度");
    private static final Pattern EVERY_YEAR_MONTH = Pattern.compile("每年(\\d{1,2})月底");

    private Deadlines() {
    }

    /** A fixed day, a day recurring every year, or neither. */
    public record Deadline(LocalDate dueOn, MonthDay annualDue) {

        /** The day due in {@code year}: the recurring day, or the fixed day if it falls in that year. */
        public LocalDate dueIn(int year) {
            if (annualDue != null) {
                return annualDue.atYear(year);
            }
            return dueOn;
        }
    }

    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return new Deadline(null, null);
        }
        Matcher m = YEAR_MONTH.matcher(text);
        if (m.find()) {
            return new Deadline(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth(), null);
        }
        m = YEAR_END.matcher(text);
        if (m.find()) {
            return new Deadline(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), null);
        }
        m = QUARTER.matcher(text);
        if (m.find()) {
            int q = "一二三四".indexOf(m.group(1)) + 1;
            return new Deadline(null, MonthDay.from(YearMonth.of(2000, q * 3).atEndOfMonth()));
        }
        m = EVERY_YEAR_MONTH.matcher(text);
        if (m.find()) {
            return new Deadline(null, MonthDay.from(YearMonth.of(2001, Integer.parseInt(m.group(1))).atEndOfMonth()));
        }
        return new Deadline(null, null);
    }
}
