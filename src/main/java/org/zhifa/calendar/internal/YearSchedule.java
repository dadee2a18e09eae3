package org.zhifa.calendar.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The loaded schedule of one year: the notice it comes from and its exceptional days. */
public record YearSchedule(int year, String source, Map<LocalDate, DayException> exceptions) {

    public YearSchedule {
        Objects.requireNonNull(source, "source");
        TreeMap<LocalDate, DayException> copy = new TreeMap<>();
        for (Map.Entry<LocalDate, DayException> e : exceptions.entrySet()) {
            if (e.getKey().getYear() != year) {
                throw new IllegalArgumentException(e.getKey() + " 不属于 " + year + " 年");
            }
            copy.put(e.getKey(), e.getValue());
        }
        exceptions = java.util.Collections.unmodifiableMap(copy);
    }

    public static YearSchedule of(int year, String source, Collection<DayException> days) {
        TreeMap<LocalDate, DayException> map = new TreeMap<>();
        for (DayException d : days) {
            if (map.put(d.date(), d) != null) {
                throw new IllegalArgumentException(d.date() + " 重复登记");
            }
        }
        return new YearSchedule(year, source, map);
    }
}
