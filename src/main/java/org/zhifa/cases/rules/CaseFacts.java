package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.common.PolicyDecision;

/** What the guards need to know beyond the case itself; implemented by the service from the other modules. */
public interface CaseFacts {

    /** An officer's eligibility on a day (personnel: 持证上岗). */
    record Eligibility(boolean eligible, List<String> reasons) {
    }

    Eligibility eligibility(long officerId, LocalDate date);

    /** The personnel officer id of a user account, or null. */
    Long officerIdOfUser(long userId);

    /** Whether the user holds the national legal professional qualification (处罚法 Art. 58). */
    boolean legallyQualified(long userId);

    /** Continuous audio-video record linked to the case for the step (evidence: 处罚法 Art. 47). */
    PolicyDecision continuousRecording(long caseId, String stepKind);

    /** Another case already fined the same party for the same act (same violation and act date). */
    boolean otherFineForSameAct(PenaltyCase kase);

    /** Document types already issued for the case (names of {@code DocumentType}). */
    Set<String> issuedDocumentTypes(long caseId);

    /** The unit {@code superiorUnitId} is the case unit's superior or the supervision bureau. */
    boolean isSuperiorOf(long superiorUnitId, long caseUnitId);

    WorkingDayCalendar calendar();
}
