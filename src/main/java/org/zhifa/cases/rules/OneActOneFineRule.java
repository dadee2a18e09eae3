package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/**
 * One illegal act is fined once (《行政处罚法》第二十九条): refused when another case already fined the same act — the
 * same violation, on the same day (at the same time when both record one), at the same place, by the same vehicle —
 * not merely the same party on the same day.
 */
public class OneActOneFineRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.ONE_ACT_ONE_FINE;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        boolean fine = ctx.input(InputFacts.Penalising.class)
                .map(p -> p.penaltyKinds() != null && p.penaltyKinds().contains(PenaltyKind.FINE))
                .orElseGet(() -> ctx.kase().proposal() != null && ctx.kase().proposal().kinds().contains(PenaltyKind.FINE));
        if (fine && ctx.facts().otherFineForSameAct(ctx.kase())) {
            return refuse("同一违法行为（同一违法行为种类、时间、地点、车辆）已在另一案件中给予罚款，不得再次罚款；"
                    + "同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚");
        }
        return PolicyDecision.allowed();
    }
}
