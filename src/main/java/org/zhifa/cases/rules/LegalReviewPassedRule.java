package org.zhifa.cases.rules;

import org.zhifa.cases.domain.ReviewRecord.Stage;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * Where legal review is required, no notice of the proposed penalty, no decision and no transfer before a review of
 * the current proposal (or transfer) has agreed (《行政处罚法》第五十八条: 未经法制审核或者审核未通过的，不得作出决定).
 */
public class LegalReviewPassedRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.LEGAL_REVIEW_PASSED;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var k = ctx.kase();
        var review = k.review();
        if (!review.legalReviewRequired()) {
            return PolicyDecision.allowed();
        }
        boolean passed = k.transfer().proposed() ? review.passed(Stage.TRANSFER, k.transfer().proposedOn())
                : review.passed(Stage.PROPOSAL, k.proposal() == null ? null : k.proposal().concludedOn());
        if (!passed) {
            return refuse("本案须经法制审核（" + String.join("、", review.legalReviewReasons()) + "），审核通过前不得作出决定");
        }
        return PolicyDecision.allowed();
    }
}
