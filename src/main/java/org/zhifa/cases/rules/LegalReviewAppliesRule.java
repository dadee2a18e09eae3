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
        boolean complex = ctx.input(InputFacts.Complex.class).map(c -> Boolean.TRUE.equals(c.complexCase())).orElse(false);
        if (ctx.kase().review().legalReviewRequired() || complex) {
            return PolicyDecision.allowed();
        }
        return refuse("本案不属于须经法制审核的情形（如需审核，请认定“案情疑难复杂”）");
    }
}
