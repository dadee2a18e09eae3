package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.RuleViolationException;
import org.zhifa.personnel.internal.CertificateEligibilityPolicy;
import org.zhifa.personnel.internal.EnforcementCertificate;
import org.zhifa.personnel.internal.Gender;
import org.zhifa.personnel.internal.Officer;
import org.zhifa.personnel.internal.OfficerDetails;
import org.zhifa.personnel.internal.StaffKind;

/** 持证上岗: 《行政处罚法》第四十二条; 方案第6条、第7条. */
class CertificateEligibilityPolicyTest {

    static final LocalDate ISSUED = LocalDate.of(2022, 7, 1);
    static final LocalDate EXPIRES = LocalDate.of(2025, 6, 30);
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    static Officer officer(StaffKind kind) {
        IdCardNumber id = IdCardNumber.of(TestIds.valid("63289019900101001"));
        OfficerDetails d = new OfficerDetails("测试甲", Gender.MALE, "汉族", id, null, false, null, false, "执法队员",
                null, LocalDate.of(2015, 1, 1), null, null, null, null, null, null);
        return new Officer(1L, kind, 11, d, org.zhifa.personnel.internal.OfficerStatus.ACTIVE, null, 0);
    }

    static EnforcementCertificate certificate() {
        return EnforcementCertificate.issue(1, "青交执0001", "青海省人民政府",
                Set.of(EnforcementCategory.ROAD_TRANSPORT, EnforcementCategory.HIGHWAY_ADMINISTRATION), ISSUED, EXPIRES,
                "申领", "head1");
    }

    static PolicyDecision decide(Officer o, EnforcementCertificate c, LocalDate date) {
        return CertificateEligibilityPolicy.decide(o, List.of(c), date, null);
    }

    @Test
    void an_officer_is_eligible_on_the_day_before_expiry() {
        assertThat(decide(officer(StaffKind.OFFICER), certificate(), EXPIRES.minusDays(1)).isAllowed()).isTrue();
    }

    @Test
    void an_officer_is_eligible_on_the_day_of_expiry() {
        assertThat(decide(officer(StaffKind.OFFICER), certificate(), EXPIRES).isAllowed()).isTrue();
    }

    @Test
    void an_officer_is_not_eligible_the_day_after_expiry_per_article_42() {
        PolicyDecision d = decide(officer(StaffKind.OFFICER), certificate(), EXPIRES.plusDays(1));
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections().get(0).text()).contains("已于 2025-06-30 到期").contains("《行政处罚法》第四十二条");
    }

    @Test
    void an_officer_is_not_eligible_before_the_certificate_was_issued() {
        PolicyDecision d = decide(officer(StaffKind.OFFICER), certificate(), ISSUED.minusDays(1));
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections().get(0).message()).contains("未持有行政执法证件");
    }

    @Test
    void an_officer_is_not_eligible_during_suspension_and_is_again_after_restoration() {
        EnforcementCertificate c = certificate();
        c.change(CertificateChangeReason.SUSPENSION, LocalDate.of(2024, 3, 1), TODAY, "涉嫌违规执法，暂扣", null, null, "head1");
        c.change(CertificateChangeReason.RESTORATION, LocalDate.of(2024, 4, 1), TODAY, "调查结束，恢复", null, null, "head1");
        Officer o = officer(StaffKind.OFFICER);
        assertThat(decide(o, c, LocalDate.of(2024, 2, 29)).isAllowed()).isTrue();
        assertThat(decide(o, c, LocalDate.of(2024, 3, 1)).isAllowed()).isFalse();
        assertThat(decide(o, c, LocalDate.of(2024, 3, 31)).rejections().get(0).message()).contains("暂扣");
        assertThat(decide(o, c, LocalDate.of(2024, 4, 1)).isAllowed()).isTrue();
    }

    @Test
    void a_revoked_certificate_never_makes_an_officer_eligible_again() {
        EnforcementCertificate c = certificate();
        c.change(CertificateChangeReason.REVOCATION, LocalDate.of(2024, 5, 10), TODAY, "吊销", null, null, "head1");
        assertThat(decide(officer(StaffKind.OFFICER), c, LocalDate.of(2024, 5, 9)).isAllowed()).isTrue();
        assertThat(decide(officer(StaffKind.OFFICER), c, LocalDate.of(2024, 5, 10)).rejections().get(0).message())
                .contains("吊销");
        assertThatThrownBy(() -> c.change(CertificateChangeReason.RESTORATION, LocalDate.of(2024, 6, 1), TODAY, "恢复",
                null, null, "head1")).isInstanceOf(RuleViolationException.class).hasMessageContaining("已吊销");
    }

    @Test
    void a_cancelled_certificate_makes_an_officer_ineligible_per_plan_item_6() {
        EnforcementCertificate c = certificate();
        c.change(CertificateChangeReason.CANCELLATION, LocalDate.of(2024, 8, 1), TODAY, "退出执法岗位", null, null, "head1");
        PolicyDecision d = decide(officer(StaffKind.OFFICER), c, LocalDate.of(2024, 8, 2));
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections().get(0).text()).contains("注销").contains("方案第6条");
    }

    @Test
    void auxiliary_staff_are_never_eligible_per_article_42() {
        PolicyDecision d = decide(officer(StaffKind.AUXILIARY), certificate(), LocalDate.of(2024, 1, 1));
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections()).hasSize(1);
        assertThat(d.rejections().get(0).text())
                .isEqualTo("辅助人员不具有执法资格，不得独立执法（依据：《行政处罚法》第四十二条；方案第6条）");
    }

    @Test
    void a_certificate_for_other_categories_does_not_make_an_officer_eligible() {
        Officer o = officer(StaffKind.OFFICER);
        LocalDate day = LocalDate.of(2024, 1, 1);
        assertThat(CertificateEligibilityPolicy.decide(o, List.of(certificate()), day,
                EnforcementCategory.ROAD_TRANSPORT).isAllowed()).isTrue();
        PolicyDecision d = CertificateEligibilityPolicy.decide(o, List.of(certificate()), day,
                EnforcementCategory.WATERWAY_TRANSPORT);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections().get(0).message()).contains("不包括“水路运政”");
    }

    @Test
    void an_officer_who_left_the_post_is_not_eligible_from_that_day() {
        Officer o = officer(StaffKind.OFFICER);
        o.leave(LocalDate.of(2024, 9, 1));
        assertThat(decide(o, certificate(), LocalDate.of(2024, 8, 31)).isAllowed()).isTrue();
        assertThat(decide(o, certificate(), LocalDate.of(2024, 9, 1)).isAllowed()).isFalse();
    }

    @Test
    void a_renewal_extends_validity_without_rewriting_the_past() {
        EnforcementCertificate c = certificate();
        c.change(CertificateChangeReason.RENEWAL, LocalDate.of(2025, 7, 10), TODAY, "换证", LocalDate.of(2030, 7, 9),
                "青交执0099", "head1");
        Officer o = officer(StaffKind.OFFICER);
        assertThat(decide(o, c, LocalDate.of(2025, 7, 5)).isAllowed()).isFalse();
        assertThat(decide(o, c, LocalDate.of(2025, 7, 10)).isAllowed()).isTrue();
        assertThat(c.number()).isEqualTo("青交执0099");
    }

    @Test
    void only_a_valid_certificate_can_be_suspended() {
        EnforcementCertificate c = certificate();
        c.change(CertificateChangeReason.SUSPENSION, LocalDate.of(2024, 3, 1), TODAY, "暂扣", null, null, "head1");
        assertThatThrownBy(() -> c.change(CertificateChangeReason.SUSPENSION, LocalDate.of(2024, 3, 2), TODAY, "再次暂扣",
                null, null, "head1")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_change_needs_a_reason_and_cannot_be_backdated_before_the_last_change() {
        EnforcementCertificate c = certificate();
        assertThatThrownBy(() -> c.change(CertificateChangeReason.SUSPENSION, LocalDate.of(2024, 3, 1), TODAY, " ",
                null, null, "head1")).hasMessageContaining("原因");
        c.change(CertificateChangeReason.SUSPENSION, LocalDate.of(2024, 3, 1), TODAY, "暂扣", null, null, "head1");
        assertThatThrownBy(() -> c.change(CertificateChangeReason.RESTORATION, LocalDate.of(2024, 2, 1), TODAY, "恢复",
                null, null, "head1")).hasMessageContaining("不能早于");
    }
}
