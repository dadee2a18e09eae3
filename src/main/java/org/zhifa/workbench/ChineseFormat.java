package org.zhifa.workbench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;

/**
 * Dates and times for templates, the Chinese way and in Beijing time whatever the browser's locale and zone:
 * {@code ${@cn.date(x)}}, {@code ${@cn.time(x)}}. Formatted on the server, so the page never shows UTC.
 */
@Component("cn")
public class ChineseFormat {

    /** 2026年12月6日 from a date or any instant-like value (its Beijing date). */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return ChinaTime.date(d);
        }
        if (value instanceof LocalDateTime t) {
            return ChinaTime.date(t.toLocalDate());
        }
        return ChinaTime.date(LocalDate.ofInstant(instant(value), ChinaTime.ZONE));
    }

    /** 2026年12月6日 18:17 in Beijing time; a plain date is shown as a date. */
    public String time(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return ChinaTime.date(d);
        }
        if (value instanceof LocalDateTime t) {
            return ChinaTime.dateTime(t.atZone(ChinaTime.ZONE).toInstant());
        }
        return ChinaTime.dateTime(instant(value));
    }

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /** 星期三, whatever the browser's language. */
    public String weekday(LocalDate day) {
        return day == null ? "" : WEEKDAYS[day.getDayOfWeek().getValue() - 1];
    }

    /** The Beijing clock time only, e.g. 18:17 (a day's journal). */
    public String hm(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime t) {
            return String.format("%02d:%02d", t.getHour(), t.getMinute());
        }
        var z = instant(value).atZone(ChinaTime.ZONE);
        return String.format("%02d:%02d", z.getHour(), z.getMinute());
    }

    /** To the second, in Beijing time. */
    public String seconds(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime t) {
            return ChinaTime.dateTimeSeconds(t.atZone(ChinaTime.ZONE).toInstant());
        }
        return ChinaTime.dateTimeSeconds(instant(value));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalArgumentException("不是日期或时间：" + value.getClass().getSimpleName());
    }
}
