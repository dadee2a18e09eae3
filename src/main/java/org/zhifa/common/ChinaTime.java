package org.zhifa.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The prefecture's time zone: every date zhifa works with is a Beijing-time date (design.md). "Now" comes from the
 * {@link java.time.Clock} bean, never from the system clock directly.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private ChinaTime() {
    }

    /** A date the Chinese way, e.g. 2026年12月6日 (the same on every browser and locale). */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An instant in Beijing time to the minute, e.g. 2026年12月6日 18:17. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** An instant in Beijing time to the second. */
    public static String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(ZONE));
    }
}
