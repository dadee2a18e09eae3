package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * No penalty for an act not discovered within two years, five where life, health or financial safety is involved
 * with harmful consequences, counted from the end of a continuing act (《行政处罚法》第三十六条). Checked when the
 * case is filed.
 */
public class LimitationRule implements CaseGuard {

    public static final String ARTICLE = "《行政处罚法》第三十六条";

    @Override
    public GuardName name() {
        return GuardName.LIMITATION;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        return check(ctx.kase().act(), ctx.settings());
    }

    public static PolicyDecision check(ActDetails act, CaseProperties settings) {
        LocalDate discovered = act.discoveredOn() == null ? act.actDate() : act.discoveredOn();
        int years = act.seriousHarm() ? settings.limitationYearsSerious() : settings.limitationYears();
        LocalDate limit = act.limitationStart().plusYears(years);
        if (discovered.isAfter(limit)) {
            return PolicyDecision.rejected(ARTICLE, "违法行为在" + years + "年内未被发现（行为" + (act.actEndDate() != null
                    ? "终了" : "发生") + "于" + act.limitationStart() + "，发现于" + discovered + "），不再给予行政处罚");
        }
        if (act.actDate().isAfter(discovered)) {
            return PolicyDecision.rejected(ARTICLE, "违法行为发生日期不能晚于发现日期");
        }
        return PolicyDecision.allowed();
    }
}
