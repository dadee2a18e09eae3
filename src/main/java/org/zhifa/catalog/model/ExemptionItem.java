package org.zhifa.catalog.model;

import java.util.List;
import org.zhifa.catalog.ExemptionOutcome;

/**
 * An item of the minor-violation exemption list (免罚清单): all of its conditions must hold.
 *
 * @param listName       the list it comes from, e.g. 《交通运输领域轻微违法行为依法免予处罚高频事项清单》
 * @param outcome        MAY_WAIVE (首违不罚) or MUST_NOT_PENALISE (轻微不罚)
 * @param lookbackMonths look-back for "first offence"; null uses the setting {@code zhifa.catalog.exemption-lookback}
 */
public record ExemptionItem(long id, String code, long violationId, String violationCode, String violationName,
        String title, String listName, String basis, ExemptionOutcome outcome, Integer lookbackMonths,
        boolean active, List<ExemptionCondition> conditions, int version) {

    public ExemptionItem {
        conditions = List.copyOf(conditions);
    }
}
