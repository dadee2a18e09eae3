package org.zhifa.nonsite.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.zhifa.common.ChinaTime;

/** Time zone of the prefecture: records are dated, counted and partitioned in Asia/Shanghai. */
public final class NonSiteClock {

    private NonSiteClock() {
    }

    public static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ChinaTime.ZONE);
    }

    /** Epoch day in Asia/Shanghai (UTC+8, no daylight saving) without allocating. */
    public static long epochDay(long epochMilli) {
        return Math.floorDiv(epochMilli + 8 * 3_600_000L, 86_400_000L);
    }
}
