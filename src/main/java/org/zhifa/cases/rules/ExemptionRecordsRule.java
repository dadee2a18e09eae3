package org.zhifa.cases.rules;

import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * A no-penalty decision for a minor violation (不予处罚 / 首违不罚) comes with the education of the party recorded and
 * the commitment letter signed (《行政处罚法》第三十三条第三款; 方案 22 告知承诺制).
 */
public class ExemptionRecordsRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.EXEMPTION_RECORDS;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        String outcome = ctx.request().outcome() != null ? ctx.request().outcome()
                : ctx.kase().proposal() == null ? null : ctx.kase().proposal().outcome().name();
        if (!DecisionOutcome.NO_PENALTY_MINOR.name().equals(outcome)) {
            return PolicyDecision.allowed();
        }
        if (!ctx.request().flag(ctx.request().educationRecorded())) {
            return refuse("对当事人依法不予行政处罚的，应当对当事人进行教育，并制作教育记录");
        }
        if (!ctx.request().flag(ctx.request().commitmentSigned())) {
            return PolicyDecision.rejected("方案第22条（告知承诺制）", "适用免罚清单的，当事人应签署承诺书");
        }
        return PolicyDecision.allowed();
    }
}
