package org.zhifa.cases;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Monthly case figures per unit for the statistics report (方案第9条), computed in SQL inside the cases module. The
 * counting rules are those of {@code docs/statistics.md}: a decision counts once, in the month of its decision date,
 * under its heaviest penalty kind ({@link #HEAVIEST_FIRST}); a case is filed in the month of its filing date; a
 * transfer counts in the month the transfer was approved; hearings and legal reviews count each one held in the month.
 */
public interface CaseStatistics {

    /**
     * Penalty kinds from heaviest to lightest (《行政处罚法》第九条: the later items restrict a licence or the business
     * and weigh more than a fine, which weighs more than a warning). A decision with several kinds counts under the
     * first of this list it contains; a penalty decision whose kinds were not recorded counts as {@code OTHER}.
     */
    List<String> HEAVIEST_FIRST = List.of("REVOCATION", "SUSPENSION", "DOWNGRADE", "CONFISCATION", "FINE", "WARNING",
            "OTHER");

    /** Cases registered in zhifa in the month (案源登记 date) in the given units: the usage rate's numerator. */
    long registered(YearMonth month, Collection<Long> unitIds);

    /** Open cases (not closed, archived, refused or transferred) of the units per state, in procedure order. */
    List<StateCount> openByState(Collection<Long> unitIds);

    /** A state (its name, as the case list's state filter takes it, and its label) and the number of cases in it. */
    record StateCount(String state, String label, long cases) {
    }

    /** Cases of the units whose next legal due date has passed: the case list's overdue filter. */
    long overdue(Collection<Long> unitIds, java.time.LocalDate today);

    /** One row per unit of {@code unitIds} (units without any figure have a row of zeros). */
    List<MonthlyCaseFigures> monthly(YearMonth month, Collection<Long> unitIds);

    /** The figures of one unit in one month; money in fen. */
    record MonthlyCaseFigures(long unitId, long filed, long decided, long penalty, long noPenaltyMinor,
            long noPenaltyNotEstablished, long transferOutcome, long heaviestRevocation, long heaviestSuspension,
            long heaviestDowngrade, long heaviestConfiscation, long heaviestFine, long heaviestWarning,
            long heaviestOther, long fineFen, long confiscationFen, long hearings, long legalReviews, long transfers,
            long simplified) {
    }
}
