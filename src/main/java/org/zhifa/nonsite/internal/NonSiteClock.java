package org.zhifa.nonsite.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Time zone of the prefecture: records are dated, counted and partitioned in Asia/Shanghai. */
public final class NonSiteClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private NonSiteClock() {
    }

    public static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZONE);
    }

    /** Epoch day in Asia/Shanghai (UTC+8, no daylight saving) without allocating. */
    public static long epochDay(long epochMilli) {
        return Math.floorDiv(epochMilli + 8 * 3_600_000L, 86_400_000L);
    }
}
