package org.zhifa.cases.rules;

import org.zhifa.cases.domain.Choices.CollectionGround;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.Money;
import org.zhifa.common.PolicyDecision;

/**
 * 罚缴分离 (《行政处罚法》第六十七条): the unit does not collect fines; the officer collects on the spot only where the
 * fine is up to 100 yuan, where it would be hard to collect later (第六十八条), or in a remote area on the party's
 * request (第六十九条). Collected money is handed in within two working days (第七十一条, a clock).
 */
public class OnSpotCollectionRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.ON_SPOT_COLLECTION;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        CollectionGround ground = ctx.input(InputFacts.CollectingOnSpot.class)
                .map(InputFacts.CollectingOnSpot::collectionGround).orElse(null);
        if (ground == null) {
            return PolicyDecision.allowed();
        }
        long amount = ctx.input(InputFacts.Penalising.class).map(p -> PenaltyText.fen(p.amountYuan())).orElse(0L);
        if (amount <= 0) {
            return refuse(Articles.SEPARATE_COLLECTION, "没有罚款，不能当场收缴");
        }
        if (ground == CollectionGround.UP_TO_100_YUAN && amount > ctx.settings().onSpotCollectionMaxFen()) {
            return refuse("罚款" + Money.yuan(amount) + "元超过" + Money.yuan(ctx.settings().onSpotCollectionMaxFen())
                    + "元，不能以“一百元以下罚款”为由当场收缴");
        }
        return PolicyDecision.allowed();
    }
}
