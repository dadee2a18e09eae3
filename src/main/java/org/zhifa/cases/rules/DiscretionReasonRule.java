package org.zhifa.cases.rules;

import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.common.PolicyDecision;

/**
 * An amount outside the recommended range of the discretion benchmark needs a written reason
 * (《行政处罚法》第三十四条; 118号文), and goes to legal review ({@link LegalReviewRequirement}). At the end of the
 * investigation the range is the catalogue's recommendation for the facts entered; at the decision, the proposal's.
 */
public class DiscretionReasonRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.DISCRETION_REASON;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var discretion = ctx.input(InputFacts.Discretion.class);
        var penalty = ctx.input(InputFacts.Penalising.class);
        if (discretion.isPresent() && penalty.isPresent()) {
            var p = penalty.get();
            if (p.penaltyKinds() == null || !p.penaltyKinds().contains(PenaltyKind.FINE)) {
                return PolicyDecision.allowed();
            }
            Recommendation r = ctx.facts().recommendation(ctx.kase(), discretion.get().discretionFacts(),
                    discretion.get().discretionFactors(), ctx.on());
            return check(PenaltyText.fen(p.amountYuan()), r.rangeMinFen(), r.rangeMaxFen(), discretion.get().amountReason());
        }
        Proposal p = ctx.kase().proposal();
        return p == null || !p.kinds().contains(PenaltyKind.FINE) ? PolicyDecision.allowed()
                : check(ctx.amountFen(), p.recommendedMinFen(), p.recommendedMaxFen(), p.amountReason());
    }

    public static PolicyDecision check(long amountFen, Long minFen, Long maxFen, String reason) {
        boolean outside = minFen != null && maxFen != null && (amountFen < minFen || amountFen > maxFen);
        if (outside && (reason == null || reason.isBlank())) {
            return PolicyDecision.rejected(GuardName.DISCRETION_REASON.basis(), "罚款金额超出裁量基准建议幅度（"
                    + Money.yuan(minFen) + "元至" + Money.yuan(maxFen) + "元），须书面说明理由");
        }
        return PolicyDecision.allowed();
    }
}
