package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * The 90-day limit may be extended by the head by at most 30 days; any further extension only by collective
 * decision (《行政处罚法》第六十条; legal-rules §3 cfg). The reason, approver and new date are recorded.
 */
public class ExtensionRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.EXTENSION_LIMIT;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        LocalDate current = ctx.kase().timeLimitDue();
        LocalDate wanted = ctx.request().newDueDate();
        if (current == null) {
            return refuse("案件尚未立案，没有办案期限");
        }
        if (wanted == null || !wanted.isAfter(current)) {
            return refuse("请填写晚于当前期限（" + current + "）的新期限");
        }
        boolean first = ctx.kase().extensions().isEmpty();
        if (first && wanted.isAfter(current.plusDays(ctx.settings().extensionDays()))) {
            return refuse("负责人批准延长不得超过" + ctx.settings().extensionDays() + "日（至" + current.plusDays(ctx.settings().extensionDays()) + "）");
        }
        if (!first && !ctx.request().flag(ctx.request().collectiveDecision())) {
            return refuse("再次延长办案期限须经集体讨论决定");
        }
        return PolicyDecision.allowed();
    }
}
