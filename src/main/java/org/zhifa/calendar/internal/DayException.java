package org.zhifa.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.zhifa.calendar.DayKind;

/**
 * One day that differs from the weekday/weekend rule: a statutory holiday, an adjusted working weekend day
 * (调休上班) or a local ethnic holiday (全国年节及纪念日放假办法 第四条).
 */
public record DayException(LocalDate date, DayKind kind, String name) {

    public DayException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (kind == DayKind.WORKDAY || kind == DayKind.WEEKEND) {
            throw new IllegalArgumentException("普通工作日和周末无需登记：" + date);
        }
    }
}
