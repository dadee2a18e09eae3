package org.zhifa.cases.rules;

import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * An amount outside the recommended range of the discretion benchmark needs a written reason
 * (《行政处罚法》第三十四条; 118号文), and goes to legal review ({@link LegalReviewRequirement}).
 */
public class DiscretionReasonRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.DISCRETION_REASON;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        Proposal p = ctx.kase().proposal();
        if (p == null || "conclude-investigation".equals(ctx.transition().name())) {
            return PolicyDecision.allowed(); // the proposal is built and checked by the conclude step itself
        }
        return check(p);
    }

    public static PolicyDecision check(Proposal p) {
        if (p.outsideRange() && (p.amountReason() == null || p.amountReason().isBlank())) {
            return PolicyDecision.rejected(GuardName.DISCRETION_REASON.article(), "拟罚款金额超出裁量基准建议幅度（"
                    + org.zhifa.catalog.Money.yuan(p.recommendedMinFen()) + "元至"
                    + org.zhifa.catalog.Money.yuan(p.recommendedMaxFen()) + "元），须说明理由");
        }
        return PolicyDecision.allowed();
    }
}
