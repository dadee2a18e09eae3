package org.zhifa.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** The prefecture's time zone: every date zhifa works with is a Beijing-time date (design.md). */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today's date in Beijing time. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
