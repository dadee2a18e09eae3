package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.domain.Sentences;
import org.zhifa.common.PolicyDecision;

/**
 * 延长查封、扣押期限 (《行政强制法》第二十五条第一款): the term of a seizure may be extended once, with the head's approval,
 * where the case is complex, by at most thirty days. The thirty days are calendar days (第六十九条: only periods of
 * ten days or less are working days), counted from the end of the current term, the last day moved to the next working
 * day when it is not one (legal-rules §1). A term that has ended cannot be extended afterwards, and a term already
 * extended cannot be extended again.
 */
public final class MeasureExtensionRule {

    /** 延长期限不得超过三十日 (《行政强制法》第二十五条第一款). */
    public static final int MAX_EXTENSION_DAYS = 30;

    private MeasureExtensionRule() {
    }

    /**
     * The latest new deadline: thirty calendar days after {@code currentDue}, moved to the next working day; without
     * the year's holiday schedule, the thirtieth day itself (never a later day guessed).
     */
    public static LocalDate latest(LocalDate currentDue, WorkingDayCalendar calendar) {
        try {
            return calendar.addCalendarDays(currentDue, MAX_EXTENSION_DAYS);
        } catch (MissingCalendarYearException e) {
            return currentDue.plusDays(MAX_EXTENSION_DAYS);
        }
    }

    /**
     * Whether the measure whose term ends on {@code currentDue} may be extended on {@code on} to {@code wanted};
     * {@code extendedTo} is the deadline of an earlier extension of the same measure, null when there was none.
     * A deadline not after the current term is an input error of the caller (400), not decided here.
     */
    public static PolicyDecision check(LocalDate on, LocalDate currentDue, LocalDate extendedTo, LocalDate wanted,
            WorkingDayCalendar calendar) {
        if (extendedTo != null) {
            return PolicyDecision.rejected(Articles.MEASURE_PERIOD, "查封、扣押的期限已经批准延长至" + Sentences.day(extendedTo)
                    + "，只能延长一次，不得再次延长");
        }
        if (on.isAfter(currentDue)) {
            return PolicyDecision.rejected(Articles.MEASURE_PERIOD, "查封、扣押的期限已于" + Sentences.day(currentDue)
                    + "届满，届满后不得再批准延长");
        }
        LocalDate latest = latest(currentDue, calendar);
        if (wanted.isAfter(latest)) {
            return PolicyDecision.rejected(Articles.MEASURE_PERIOD, "延长期限不得超过三十日：原期限至" + Sentences.day(currentDue)
                    + "，最迟可延长至" + Sentences.day(latest));
        }
        return PolicyDecision.allowed();
    }
}
