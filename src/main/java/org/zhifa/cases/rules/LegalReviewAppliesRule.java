package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** A case goes to 法制审核 when the proposal requires it (《行政处罚法》第五十八条); others are decided without it. */
public class LegalReviewAppliesRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.LEGAL_REVIEW_APPLIES;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        if (ctx.kase().review().legalReviewRequired() || ctx.request().flag(ctx.request().complexCase())) {
            return PolicyDecision.allowed();
        }
        return refuse("本案不属于须经法制审核的情形（如需审核，请勾选“疑难复杂”并说明）");
    }
}
