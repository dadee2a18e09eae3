package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/** One illegal act is fined once (《行政处罚法》第二十九条): refused when another case already fined the same act. */
public class OneActOneFineRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.ONE_ACT_ONE_FINE;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        boolean fine = ctx.request().penaltyKinds() != null
                ? ctx.request().penaltyKinds().contains(PenaltyKind.FINE.name())
                : ctx.kase().proposal() != null && ctx.kase().proposal().kinds().contains(PenaltyKind.FINE);
        if (fine && ctx.facts().otherFineForSameAct(ctx.kase())) {
            return refuse("同一违法行为已在另一案件中给予罚款，不得再次罚款（同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚）");
        }
        return PolicyDecision.allowed();
    }
}
