package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** The decision is made within 90 days of filing unless the limit was extended (《行政处罚法》第六十条). */
public class CaseTimeLimitRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.CASE_TIME_LIMIT;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var due = ctx.kase().timeLimitDue();
        if (due != null && ctx.on().isAfter(due)) {
            return refuse("办案期限已于" + due + "届满，须经批准延长后方可作出决定");
        }
        return PolicyDecision.allowed();
    }
}
