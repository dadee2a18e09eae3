package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** A hearing record is made only for a scheduled hearing, on or after its date (《行政处罚法》第六十四条). */
public class HearingHeldRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.HEARING_HELD;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var n = ctx.kase().notice();
        if (n.hearingDate() == null) {
            return refuse("尚未安排听证");
        }
        if (ctx.on().isBefore(n.hearingDate())) {
            return refuse("听证定于" + n.hearingDate() + "举行，尚未到听证日期");
        }
        if (ctx.request().text(ctx.request().content()).isEmpty()) {
            return refuse("请填写听证笔录内容");
        }
        return PolicyDecision.allowed();
    }
}
