package org.zhifa.personnel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.EnforcementCategory;

/**
 * 持证上岗 (《行政处罚法》第四十二条; 方案第6条、第7条): only an officer in post holding a certificate that is valid on the
 * day of the act, for the enforcement category of the act, may act. Auxiliary staff never may.
 */
public final class CertificateEligibilityPolicy {

    public static final String ARTICLE = "《行政处罚法》第四十二条；方案第6条";

    private CertificateEligibilityPolicy() {
    }

    /**
     * @param category the category of the act, or null for “any category”
     */
    public static PolicyDecision decide(Officer officer, List<EnforcementCertificate> certificates, LocalDate date,
            EnforcementCategory category) {
        if (officer.auxiliary()) {
            return PolicyDecision.rejected(ARTICLE, "辅助人员不具有执法资格，不得独立执法");
        }
        List<Rejection> reasons = new ArrayList<>();
        if (!officer.inPostOn(date)) {
            reasons.add(Rejection.of(ARTICLE, "该人员已于 " + officer.leftOn() + " 退出执法岗位，不得从事执法工作"));
        }
        boolean anyIssued = false;
        boolean validForCategory = false;
        for (EnforcementCertificate c : certificates) {
            CertificateState state = c.stateOn(date);
            if (state == null) {
                continue;
            }
            anyIssued = true;
            if (state == CertificateState.VALID) {
                if (c.covers(category)) {
                    validForCategory = true;
                } else {
                    reasons.add(Rejection.of(ARTICLE, "执法证 " + c.number() + " 的执法门类为" + c.categoryLabels()
                            + "，不包括“" + category.label() + "”"));
                }
            } else {
                reasons.add(Rejection.of(ARTICLE, describe(c, state, date)));
            }
        }
        if (!anyIssued) {
            reasons.add(Rejection.of(ARTICLE, date + " 未持有行政执法证件，不得独立从事行政执法工作"));
        }
        if (validForCategory && officer.inPostOn(date)) {
            return PolicyDecision.allowed();
        }
        return new PolicyDecision(reasons);
    }

    private static String describe(EnforcementCertificate c, CertificateState state, LocalDate date) {
        switch (state) {
            case EXPIRED:
                return "执法证 " + c.number() + " 已于 " + c.expiresOnAsOf(date) + " 到期，" + date + " 不具有执法资格";
            case SUSPENDED:
                return "执法证 " + c.number() + " 自 " + c.stateSince(date) + " 起被暂扣，" + date + " 不得执法";
            case REVOKED:
                return "执法证 " + c.number() + " 已于 " + c.stateSince(date) + " 被吊销";
            case CANCELLED:
                return "执法证 " + c.number() + " 已于 " + c.stateSince(date) + " 注销";
            default:
                return "执法证 " + c.number() + " 在 " + date + " 无效";
        }
    }
}
