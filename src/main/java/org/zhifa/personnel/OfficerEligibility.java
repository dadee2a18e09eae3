package org.zhifa.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.personnel.internal.CertificateEligibilityPolicy;
import org.zhifa.personnel.internal.CertificateRepository;
import org.zhifa.personnel.internal.EnforcementCertificate;
import org.zhifa.personnel.internal.Officer;
import org.zhifa.personnel.internal.OfficerRepository;

/**
 * Whether an officer may act on a day (持证上岗: 《行政处罚法》第四十二条; 方案第6条). Used by every module that records
 * an enforcement act (cases, inspections): only an officer in post with a certificate valid on that day for that
 * enforcement category is eligible; auxiliary staff never are.
 */
@Service
@Transactional(readOnly = true)
public class OfficerEligibility {

    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final Clock clock;

    OfficerEligibility(OfficerRepository officers, CertificateRepository certificates, Clock clock) {
        this.officers = officers;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Eligibility for an act of {@code category} on {@code date}. */
    public EligibilityResult isEligible(long officerId, LocalDate date, EnforcementCategory category) {
        Optional<Officer> officer = officers.find(officerId);
        if (officer.isEmpty()) {
            return new EligibilityResult(false, List.of(
                    org.zhifa.common.Rejection.of(CertificateEligibilityPolicy.ARTICLE, "未登记为执法人员").text()));
        }
        return EligibilityResult.of(CertificateEligibilityPolicy.decide(officer.get(),
                certificates.findByOfficer(officerId), date, category));
    }

    /** Eligibility for an act of any category on {@code date}. */
    public EligibilityResult isEligible(long officerId, LocalDate date) {
        return isEligible(officerId, date, null);
    }

    /** The officer record linked to a user account. */
    public Optional<OfficerView> findByUserId(long userId) {
        return officers.findByUserId(userId).map(this::view);
    }

    /**
     * Whether the officer linked to a user account holds the national legal professional qualification
     * (法律职业资格), which a first-time reviewer of penalty decisions must hold (《行政处罚法》第五十八条).
     */
    public boolean holdsLegalQualification(long userId) {
        return officers.findByUserId(userId)
                .filter(o -> !o.auxiliary() && o.inPostOn(LocalDate.now(clock)))
                .map(o -> o.details().legalQualification())
                .orElse(false);
    }

    /** Whether the officer record exists and the person is in post on {@code date} (has not left the post by then). */
    public boolean inPostOn(long officerId, LocalDate date) {
        return officers.find(officerId).map(o -> o.inPostOn(date)).orElse(false);
    }

    public Optional<OfficerView> find(long officerId) {
        return officers.find(officerId).map(this::view);
    }

    private OfficerView view(Officer o) {
        LocalDate today = LocalDate.now(clock);
        String number = o.auxiliary() || !o.inPostOn(today) ? null : certificates.findByOfficer(o.id()).stream()
                .filter(c -> c.stateOn(today) == CertificateState.VALID).map(EnforcementCertificate::number)
                .findFirst().orElse(null);
        return new OfficerView(o.id(), o.name(), o.unitId(), o.userId(), o.auxiliary(), number);
    }
}
