package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.TextArray;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.common.PolicyDecision;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.RecordingRequirementPolicy;
import org.zhifa.evidence.StepKind;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.EligibilityResult;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/** The guards' view of the other modules: personnel, evidence, documents, catalogue, identity, calendar, other cases. */
@Component
class CaseFactsAdapter implements CaseFacts {

    private final OfficerEligibility eligibility;
    private final RecordingRequirementPolicy recording;
    private final EnforcementDocuments documents;
    private final OrgUnits units;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final CatalogPort catalog;
    private final CaseProperties settings;

    CaseFactsAdapter(OfficerEligibility eligibility, RecordingRequirementPolicy recording,
            EnforcementDocuments documents, OrgUnits units, WorkingDayCalendar calendar, JdbcClient jdbc,
            PersonalDataCipher cipher, CatalogPort catalog, CaseProperties settings) {
        this.cipher = cipher;
        this.eligibility = eligibility;
        this.recording = recording;
        this.documents = documents;
        this.units = units;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.settings = settings;
    }

    @Override
    public Eligibility eligibility(long officerId, LocalDate date, EnforcementCategory category) {
        EligibilityResult r = eligibility.isEligible(officerId, date, category);
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
    public PolicyDecision continuousRecording(Long caseId, String stepKind) {
        return recording.requireContinuousRecording(EvidenceTargetType.CASE, caseId == null ? null : Long.toString(caseId),
                StepKind.valueOf(stepKind));
    }

    /**
     * One act (处罚法 Art. 29): the same violation, on the same day, at the same time when both cases record one, at the
     * same place (ignoring spaces), by the same vehicle — or, without a vehicle, by the same party.
     */
    @Override
    public boolean otherFineForSameAct(PenaltyCase kase) {
        String codes = TextArray.of(kase.violations().stream().map(ViolationRef::code).toList());
        String plate = kase.plateNumber();
        return jdbc.sql("""
                select exists (select 1 from penalty_case
                    where id <> :id and act_date = :act and violation_codes && cast(:codes as text[])
                      and outcome = 'PENALTY' and coalesce(decision_amount_fen, 0) > 0 and state <> 'NOT_FILED'
                      and (act_time is null or cast(:time as time) is null or act_time = cast(:time as time))
                      and regexp_replace(act_place, '\\s', '', 'g') = regexp_replace(:place, '\\s', '', 'g')
                      and (case when cast(:plate as text) is not null then plate_number = :plate
                                when cast(:idx as text) is not null then party_id_index = :idx
                                else party_name = :name end))
                """).param("id", kase.id() == null ? -1L : kase.id()).param("act", kase.act().actDate())
                .param("time", kase.act().actTime()).param("codes", codes).param("place", kase.act().place())
                .param("plate", plate).param("idx", cipher.blindIndex(kase.party().idNumber()))
                .param("name", kase.party().name()).query(Boolean.class).single();
    }

    @Override
    public Set<PenaltyKind> kindsProvided(String violationCode) {
        return catalog.kindsProvided(violationCode);
    }

    @Override
    public Recommendation recommendation(PenaltyCase kase, Map<String, Object> facts, Set<String> factors,
            LocalDate on) {
        return catalog.recommend(kase.violations().get(0).code(), kase.act().actDate(), on, kase.party().kind(),
                facts == null ? Map.of() : facts, factors == null ? Set.of() : factors);
    }

    @Override
    public Map<String, Long> issuedDocuments(long caseId) {
        return documents.list(CaseDocuments.ref(caseId)).stream().filter(d -> d.current())
                .collect(Collectors.groupingBy(d -> d.type().name(), Collectors.counting()));
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
    public Optional<Remedies> remedies(long unitId) {
        return unitSettings(unitId).filter(u -> u.reconsiderationBody() != null && !u.reconsiderationBody().isBlank())
                .map(u -> new Remedies(u.reconsiderationBody(), u.court()));
    }

    /** The settings of the unit, or of the nearest unit above it that has some. */
    Optional<CaseProperties.Unit> unitSettings(long unitId) {
        Optional<OrgUnitView> u = units.find(unitId);
        while (u.isPresent()) {
            CaseProperties.Unit s = settings.unit(u.get().code());
            if (s != null) {
                return Optional.of(s);
            }
            u = u.get().parentId() == null ? Optional.empty() : units.find(u.get().parentId());
        }
        return Optional.empty();
    }

    @Override
    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
