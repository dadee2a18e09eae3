package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * Where legal review is required, no decision (and no notice of the proposed penalty, no transfer) before it has
 * passed (《行政处罚法》第五十八条: 未经法制审核或者审核未通过的，不得作出决定).
 */
public class LegalReviewPassedRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.LEGAL_REVIEW_PASSED;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var review = ctx.kase().review();
        if (review.legalReviewRequired() && !review.legalReviewPassed()) {
            return refuse("本案须经法制审核（" + String.join("、", review.legalReviewReasons())
                    + "），审核通过前不得作出决定");
        }
        return PolicyDecision.allowed();
    }
}
