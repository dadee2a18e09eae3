package org.zhifa.common;

import java.time.ZoneId;

/**
 * The prefecture's time zone: every date zhifa works with is a Beijing-time date (design.md). "Now" comes from the
 * {@link java.time.Clock} bean, never from the system clock directly.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
