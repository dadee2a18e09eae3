package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.common.PolicyDecision;
import org.zhifa.personnel.EnforcementCategory;

/** What the guards need to know beyond the case itself; implemented by the service from the other modules. */
public interface CaseFacts {

    /** An officer's eligibility on a day for an enforcement category (personnel: 持证上岗). */
    record Eligibility(boolean eligible, List<String> reasons) {
    }

    /** The remedies a decision of the unit states: the reconsideration body and the court (per-unit settings). */
    record Remedies(String reconsiderationBody, String court) {
    }

    Eligibility eligibility(long officerId, LocalDate date, EnforcementCategory category);

    /** The personnel officer id of a user account, or null. */
    Long officerIdOfUser(long userId);

    /** Whether the user holds the national legal professional qualification (处罚法 Art. 58). */
    boolean legallyQualified(long userId);

    /** Continuous audio-video record linked to the case for the step (evidence: 处罚法 Art. 47). */
    PolicyDecision continuousRecording(Long caseId, String stepKind);

    /** Another case already fined the same act: same violation, day (and time when both known), place and vehicle. */
    boolean otherFineForSameAct(PenaltyCase kase);

    /** The penalty kinds the violation's penalty provision allows (catalogue). */
    Set<PenaltyKind> kindsProvided(String violationCode);

    /** The catalogue's recommendation for the case with the given discretion facts and factors. */
    Recommendation recommendation(PenaltyCase kase, Map<String, Object> facts, Set<String> factors, LocalDate on);

    /** How many current documents of each type the case has (keys: names of {@code DocumentType}). */
    Map<String, Long> issuedDocuments(long caseId);

    /** The unit {@code superiorUnitId} is the case unit's superior or the supervision bureau. */
    boolean isSuperiorOf(long superiorUnitId, long caseUnitId);

    /** The remedies configured for the unit or the nearest unit above it that has them. */
    Optional<Remedies> remedies(long unitId);

    WorkingDayCalendar calendar();
}
