package org.zhifa.publicity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as shown on pages: Beijing time, to the minute. */
final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Times() {
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
