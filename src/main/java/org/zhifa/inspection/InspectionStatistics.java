package org.zhifa.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Counts of inspection and patrol work per unit for statistics and reports (方案 9, 10): a reporting module reads
 * them here instead of the inspection tables. Dates are inspection and patrol dates, both ends included.
 */
public interface InspectionStatistics {

    /**
     * One unit's counts.
     *
     * @param randomInspections  双随机 inspections
     * @param otherInspections   other (日常) inspections
     * @param followUps          follow-up inspections of orders to correct
     * @param noProblem          inspections without a problem found
     * @param corrections        orders to correct issued
     * @param caseSources        inspections that became case sources
     * @param published          results published on the portal
     * @param publishedLate      of those, published after their due date
     * @param patrols            patrol logs
     * @param patrolFindings     findings recorded on patrols
     * @param patrolCaseSources  patrol findings that became case sources
     */
    record UnitCounts(long unitId, long randomInspections, long otherInspections, long followUps, long noProblem,
            long corrections, long caseSources, long published, long publishedLate, long patrols, long patrolFindings,
            long patrolCaseSources) {

        public long inspections() {
            return randomInspections + otherInspections + followUps;
        }
    }

    /** Counts per unit of the given units (units without any work are listed with zeros). */
    List<UnitCounts> counts(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
