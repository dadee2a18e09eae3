package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as entered.
 *
 * @param ratios   share drawn per credit class (missing: the setting's default)
 * @param minimums at least this many per credit class (missing: 0)
 * @param recusal  NONE / INSPECTORS / UNIT (missing: the setting's default)
 */
public record PlanInput(Long unitId, Integer year, String title, LocalDate windowStart, LocalDate windowEnd,
        String jointDepartments, String recusal, List<Long> itemIds, Map<String, BigDecimal> ratios,
        Map<String, Integer> minimums, Integer version) {
}
