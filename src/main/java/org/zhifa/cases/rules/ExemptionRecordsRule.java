package org.zhifa.cases.rules;

import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * A no-penalty decision for a minor violation (不予处罚 / 首违不罚) needs the party's education recorded
 * (《行政处罚法》第三十三条第三款) and, for the transport exemption list, the commitment letter the party signed
 * (方案 22 告知承诺制): both are records of their own steps, not ticks on the decision.
 */
public class ExemptionRecordsRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.EXEMPTION_RECORDS;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        DecisionOutcome outcome = ctx.input(InputFacts.Penalising.class).map(InputFacts.Penalising::outcome).orElse(null);
        if (outcome != DecisionOutcome.NO_PENALTY_MINOR) {
            return PolicyDecision.allowed();
        }
        var d = ctx.kase().decision();
        if (d.educationOn() == null) {
            return refuse("对当事人依法不予行政处罚的，应当对当事人进行教育，并制作教育记录");
        }
        if (d.commitmentOn() == null) {
            return refuse(Articles.COMMITMENT, "适用免罚清单的，当事人应签署承诺书");
        }
        return PolicyDecision.allowed();
    }
}
