package org.zhifa.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The act: when (a continuing act has an end date, from which limitation runs, 处罚法 Art. 36; the time of day when it
 * is known), where (road name and stake number as text, optional WGS-84 coordinates), when it was discovered and the
 * facts. {@code seriousHarm}: the act involves life, health or financial safety and had harmful consequences (the
 * five-year limitation of Art. 36).
 */
public record ActDetails(LocalDate actDate, LocalTime actTime, LocalDate actEndDate, String place,
        BigDecimal longitude, BigDecimal latitude, LocalDate discoveredOn, String facts, boolean seriousHarm) {

    /** The day limitation starts: the end of a continuing act, otherwise the act date. */
    public LocalDate limitationStart() {
        return actEndDate != null ? actEndDate : actDate;
    }
}
