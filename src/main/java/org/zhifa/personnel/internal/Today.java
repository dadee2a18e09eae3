package org.zhifa.personnel.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in the prefecture's time zone (design.md: times in Asia/Shanghai). */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
