package org.zhifa.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A new case (POST /api/cases and /api/cases/simplified, and the web forms).
 *
 * @param unitId         handling unit (default: the caller's unit)
 * @param source         INSPECTION, REPORT, ASSIGNED, SUBORDINATE, TRANSFERRED, NONSITE, OTHER
 * @param violationCodes catalogue violation codes
 * @param officerIds     personnel officer ids (at least two eligible officers; auxiliary staff may be added)
 * @param penaltyKinds   simplified procedure only: WARNING and/or FINE
 * @param amountYuan     simplified procedure only: the fine
 * @param partyStatement simplified procedure only: the party's statement and defence on the spot
 * @param partySigned    simplified procedure only: the party signed; false with {@code refusalNote} when refused
 * @param collectOnSpot  simplified procedure only: collected on the spot (Art. 68–69)
 * @param remoteArea     simplified procedure only: later collection hard or remote area and the party asked
 * @param discretionFacts answers to the discretion benchmark's facts (fact key → number, true/false or text)
 */
public record CaseDraft(Long unitId, String source, String sourceNote, List<String> violationCodes,
        LocalDate actDate, LocalDate actEndDate, String place, BigDecimal longitude, BigDecimal latitude,
        LocalDate discoveredOn, String facts, Boolean seriousHarm, String partyKind, String partyName,
        String partyIdNumber, String partyAddress, String partyPhone, String plateNumber, List<Long> officerIds,
        Set<String> penaltyKinds, BigDecimal amountYuan, String partyStatement, Boolean partySigned,
        String refusalNote, Boolean collectOnSpot, Boolean remoteArea, java.util.Map<String, Object> discretionFacts) {
}
