package org.zhifa.testsupport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.zhifa.common.ChinaTime;

/**
 * The start and end of an act a test records on {@code day}. A record may not end after now (in the prefecture's zone),
 * so an act "today at 09:10–09:40" is refused when the suite runs before 09:40 Beijing time (16:00–01:40 UTC). The
 * times wanted are kept when they are already past; otherwise the act keeps its length (as far as today allows) and ends
 * a minute before now.
 */
public record PastTimes(LocalTime start, LocalTime end) {

    public static PastTimes on(LocalDate day, String start, String end) {
        LocalTime wantedStart = LocalTime.parse(start);
        LocalTime wantedEnd = LocalTime.parse(end);
        ZonedDateTime now = ZonedDateTime.now(ChinaTime.ZONE);
        if (day.isBefore(now.toLocalDate()) || wantedEnd.isBefore(now.toLocalTime().minusMinutes(1))) {
            return new PastTimes(wantedStart, wantedEnd);
        }
        if (now.toLocalTime().isBefore(LocalTime.of(0, 3))) { // a minute-long act must fit between 00:00 and now
            sleepUntil(now.toLocalDate().atTime(0, 3).atZone(ChinaTime.ZONE));
            now = ZonedDateTime.now(ChinaTime.ZONE);
        }
        LocalTime newEnd = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        long minutes = Math.min(Duration.between(wantedStart, wantedEnd).toMinutes(),
                Duration.between(LocalTime.MIDNIGHT, newEnd).toMinutes());
        return new PastTimes(newEnd.minusMinutes(Math.max(1, minutes)), newEnd);
    }

    /** HH:mm, as a form field takes it. */
    public String startText() {
        return start.toString();
    }

    public String endText() {
        return end.toString();
    }

    /** As the documents print a time: 9时10分. */
    public static String printed(LocalTime t) {
        return t.getHour() + "时" + String.format("%02d", t.getMinute()) + "分";
    }

    private static void sleepUntil(ZonedDateTime when) {
        try {
            Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(ChinaTime.ZONE), when).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
