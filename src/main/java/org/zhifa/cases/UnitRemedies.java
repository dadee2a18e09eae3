package org.zhifa.cases;

import java.util.Optional;

/**
 * Where a party may seek remedies against an act of a unit: the reconsideration body (the people's government at the
 * unit's level, 《行政复议法》(2023) 第二十四条第一款第（一）项) and the court, as configured per unit in
 * {@code zhifa.cases.units.<code>} (a unit without an entry uses the nearest unit above it that has one) — the same
 * settings the case decisions state. Implemented by the cases module; used by the inspection module for the 责令改正违法行为通知书
 * it issues.
 */
public interface UnitRemedies {

    /**
     * The remedies of a unit.
     *
     * @param reconsiderationBody the reconsideration body
     * @param court               the court for administrative litigation; "人民法院" when the unit names none
     */
    record Remedies(String reconsiderationBody, String court) {
    }

    /** The unit's remedies; empty when neither the unit nor a unit above it has a reconsideration body set. */
    Optional<Remedies> of(long unitId);
}
