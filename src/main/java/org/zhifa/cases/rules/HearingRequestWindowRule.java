package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** A hearing is requested within five working days of the notice, where the hearing right applies (第六十四条). */
public class HearingRequestWindowRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.HEARING_REQUEST_WINDOW;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var n = ctx.kase().notice();
        if (!n.hearingApplies()) {
            return refuse("拟作出的处罚不属于应当告知听证权利的情形");
        }
        if (n.waived()) {
            return refuse("当事人已明确放弃听证");
        }
        if (n.hearingRequestDue() != null && ctx.on().isAfter(n.hearingRequestDue())) {
            return refuse("当事人应在告知后" + ctx.settings().hearingRequestWorkingDays() + "个工作日内（" + n.hearingRequestDue()
                    + "前）提出听证要求，已逾期");
        }
        return PolicyDecision.allowed();
    }
}
