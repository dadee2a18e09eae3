package org.zhifa.supervision;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

/**
 * Supervision figures for the statistics (evaluations of case files, 方案第5、32条), read by the reporting module.
 * Where no implementation is present the report prints the evaluation figures as 未接入 (not connected), never as
 * zero.
 */
public interface SupervisionFigures {

    /** Case files evaluated (评查) in the month for the units, and the mean score (null without evaluations). */
    Evaluations monthly(YearMonth month, Collection<Long> unitIds);

    /** The day the yearly case-file evaluation campaign of {@code year} was launched, if it was. */
    Optional<java.time.LocalDate> evaluationCampaignLaunched(int year);

    /** The campaign's title and where to see it. */
    Optional<String> evaluationCampaignLink(int year);

    record Evaluations(long evaluated, Double meanScore) {
    }
}
