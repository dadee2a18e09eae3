package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/**
 * The penalty may not be made heavier because the party stated or defended (《行政处罚法》第四十五条): after the
 * notice the decision may not exceed the notified fine nor add penalty kinds.
 */
public class NoRaiseAfterStatementRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.NO_RAISE_AFTER_STATEMENT;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var n = ctx.kase().notice();
        var p = ctx.kase().proposal();
        if (!n.served() || p == null) {
            return PolicyDecision.allowed();
        }
        long amount = ctx.amountFen();
        if (amount > n.notifiedAmountFen()) {
            return refuse("不得因当事人陈述、申辩而给予更重的处罚：告知的罚款为" + Money.yuan(n.notifiedAmountFen()) + "元，决定罚款"
                    + Money.yuan(amount) + "元");
        }
        if (ctx.request().penaltyKinds() != null) {
            for (String k : ctx.request().penaltyKinds()) {
                if (!p.kinds().contains(PenaltyKind.valueOf(k))) {
                    return refuse("不得因当事人陈述、申辩而给予更重的处罚：告知时未包含“" + PenaltyKind.valueOf(k).label() + "”");
                }
            }
        }
        return PolicyDecision.allowed();
    }
}
