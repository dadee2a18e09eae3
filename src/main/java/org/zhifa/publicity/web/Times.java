package org.zhifa.publicity.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.zhifa.common.ChinaTime;

/** Times as shown on pages: Beijing time, to the minute. */
final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ChinaTime.ZONE);

    private Times() {
    }

    /** The day only, where the source records no time of day (a case's act date). */
    static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
