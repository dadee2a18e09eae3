package org.zhifa.training.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in the prefecture's time zone (design.md: times in Asia/Shanghai). */
final class Today {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
