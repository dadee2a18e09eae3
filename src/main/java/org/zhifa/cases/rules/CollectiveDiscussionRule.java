package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** Complex or serious cases are decided collectively by the heads, with minutes (《行政处罚法》第五十七条第二款). */
public class CollectiveDiscussionRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.COLLECTIVE_DISCUSSION_HELD;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var r = ctx.kase().review();
        if (r.discussionRequired() && !r.discussionHeld()) {
            return refuse("对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定；本案尚无集体讨论记录");
        }
        return PolicyDecision.allowed();
    }
}
