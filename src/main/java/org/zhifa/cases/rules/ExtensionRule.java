package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * The 90-day limit may be extended by the head by at most 30 days, any further extension only by collective decision,
 * and only before it has lapsed: a lapsed limit cannot be extended afterwards (《行政处罚法》第六十条; legal-rules §3
 * cfg). The reason, approver and new date are recorded.
 */
public class ExtensionRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.EXTENSION_LIMIT;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        LocalDate current = ctx.kase().timeLimitDue();
        if (current == null) {
            return refuse("案件尚未立案，没有办案期限");
        }
        if (ctx.on().isAfter(current)) {
            return refuse("办案期限已于" + current + "届满，届满后不得再批准延长");
        }
        var ext = ctx.input(InputFacts.Extending.class).orElse(null);
        if (ext == null || ext.newDueDate() == null) {
            return PolicyDecision.allowed(); // a missing date is a 400 of the input
        }
        LocalDate wanted = ext.newDueDate();
        if (!wanted.isAfter(current)) {
            return refuse("延长后的期限应晚于当前期限（" + current + "）");
        }
        boolean first = ctx.kase().extensions().isEmpty();
        LocalDate max = current.plusDays(ctx.settings().extensionDays());
        if (first && wanted.isAfter(max)) {
            return refuse("负责人批准延长不得超过" + ctx.settings().extensionDays() + "日（至" + max + "）");
        }
        if (!first && !Boolean.TRUE.equals(ext.collectiveDecision())) {
            return refuse("再次延长办案期限须经集体讨论决定");
        }
        return PolicyDecision.allowed();
    }
}
