package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.common.PolicyDecision;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.RecordingRequirementPolicy;
import org.zhifa.evidence.StepKind;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.EligibilityResult;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/** The guards' view of the other modules: personnel, evidence, documents, identity, calendar, and other cases. */
@Component
class CaseFactsAdapter implements CaseFacts {

    private final OfficerEligibility eligibility;
    private final RecordingRequirementPolicy recording;
    private final EnforcementDocuments documents;
    private final OrgUnits units;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    CaseFactsAdapter(OfficerEligibility eligibility, RecordingRequirementPolicy recording,
            EnforcementDocuments documents, OrgUnits units, WorkingDayCalendar calendar, JdbcClient jdbc,
            PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.eligibility = eligibility;
        this.recording = recording;
        this.documents = documents;
        this.units = units;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public Eligibility eligibility(long officerId, LocalDate date) {
        EligibilityResult r = eligibility.isEligible(officerId, date);
        return new Eligibility(r.eligible(), r.reasons());
    }

    @Override
    public Long officerIdOfUser(long userId) {
        return eligibility.findByUserId(userId).map(OfficerView::id).orElse(null);
    }

    /** The reviewer's legal professional qualification as recorded in personnel (处罚法 Art. 58). */
    @Override
    public boolean legallyQualified(long userId) {
        return eligibility.holdsLegalQualification(userId);
    }

    @Override
    public PolicyDecision continuousRecording(long caseId, String stepKind) {
        return recording.requireContinuousRecording(EvidenceTargetType.CASE, Long.toString(caseId),
                StepKind.valueOf(stepKind));
    }

    @Override
    public boolean otherFineForSameAct(PenaltyCase kase) {
        String codes = org.zhifa.cases.domain.TextArray.of(kase.violations().stream().map(ViolationRef::code).toList());
        return jdbc.sql("""
                select exists (select 1 from penalty_case
                    where id <> :id and act_date = :act and violation_codes && cast(:codes as text[]) and outcome = 'PENALTY'
                      and coalesce(decision_amount_fen, 0) > 0 and state <> 'NOT_FILED'
                      and (party_id_index = :idx or (cast(:idx as text) is null and party_name = :name)))
                """).param("id", kase.id() == null ? -1L : kase.id()).param("act", kase.act().actDate())
                .param("codes", codes).param("idx", cipher.blindIndex(kase.party().idNumber()))
                .param("name", kase.party().name()).query(Boolean.class).single();
    }

    @Override
    public Set<String> issuedDocumentTypes(long caseId) {
        return documents.list("CASE:" + caseId).stream().map(d -> d.type().name()).collect(Collectors.toSet());
    }

    @Override
    public boolean isSuperiorOf(long superiorUnitId, long caseUnitId) {
        if (superiorUnitId == caseUnitId) {
            return false;
        }
        boolean prefecture = units.find(superiorUnitId).map(OrgUnitView::prefectureLevel).orElse(false);
        return prefecture || units.descendantsAndSelf(superiorUnitId).stream().anyMatch(u -> u.id() == caseUnitId);
    }

    @Override
    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
