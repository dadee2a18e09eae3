package org.zhifa.supervision;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The system usage rate of a unit over a year (方案第33条) for the yearly appraisal (评议考核). The reporting module owns
 * the usage rate and its definition and implements this port; supervision declares it so that it never depends on
 * reporting (reporting already reads {@link SupervisionFigures}). Without an implementation the appraisal shows the
 * usage component as 未接入 and leaves its weight out.
 */
public interface UnitUsage {

    /**
     * The usage of the reporting unit the unit belongs to (the unit itself when it reports), over the months of
     * {@code year} that have begun; empty when the year has not begun or the unit belongs to no reporting unit.
     */
    Optional<Rate> yearly(int year, long unitId);

    /**
     * @param percent    the rate in percent, null when it cannot be computed (e.g. the paper-register count missing)
     * @param definition the definition printed with the figure
     * @param why        why there is no rate (null when there is one)
     */
    record Rate(String reportingUnitName, BigDecimal percent, String definition, String why) {
    }
}
