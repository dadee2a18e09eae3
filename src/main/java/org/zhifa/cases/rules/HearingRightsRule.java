package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * Where the proposed penalty reaches the hearing threshold, the advance notice must tell the party of the right to
 * request a hearing (《行政处罚法》第四十四条、第六十三条).
 */
public class HearingRightsRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.HEARING_RIGHTS_STATED;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var p = ctx.kase().proposal();
        if (p == null) {
            return refuse("尚未形成处理意见，不能告知");
        }
        boolean applies = HearingThreshold.applies(ctx.kase().party().kind(), p.kinds(), p.amountFen(), ctx.settings());
        if (applies && !ctx.request().flag(ctx.request().hearingRightStated())) {
            return PolicyDecision.rejected(HearingThreshold.ARTICLE, "拟作出的处罚适用听证，违法行为通知书须告知当事人有要求听证的权利");
        }
        return PolicyDecision.allowed();
    }
}
