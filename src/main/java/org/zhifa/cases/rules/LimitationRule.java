package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * No penalty for an act not discovered within two years, five where life, health or financial safety is involved
 * with harmful consequences, counted from the end of a continuing act to the day it was discovered
 * (《行政处罚法》第三十六条). A case without a discovery date cannot be judged and is refused.
 */
public class LimitationRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.LIMITATION;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        return check(ctx.kase().act(), ctx.settings());
    }

    public static PolicyDecision check(ActDetails act, CaseProperties settings) {
        LocalDate discovered = act.discoveredOn();
        if (discovered == null) {
            return PolicyDecision.rejected(Articles.LIMITATION, "案件没有违法行为的发现日期，无法判断是否超过追责时效");
        }
        if (act.actDate().isAfter(discovered)) {
            return PolicyDecision.rejected(Articles.LIMITATION, "违法行为发生日期（" + act.actDate() + "）不能晚于发现日期（"
                    + discovered + "）");
        }
        int years = act.seriousHarm() ? settings.limitationYearsSerious() : settings.limitationYears();
        LocalDate limit = act.limitationStart().plusYears(years);
        if (discovered.isAfter(limit)) {
            return PolicyDecision.rejected(Articles.LIMITATION, "违法行为在" + years + "年内未被发现（行为"
                    + (act.actEndDate() != null ? "终了" : "发生") + "于" + act.limitationStart() + "，发现于" + discovered
                    + "），不再给予行政处罚");
        }
        return PolicyDecision.allowed();
    }
}
