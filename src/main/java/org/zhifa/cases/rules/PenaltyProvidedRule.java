package org.zhifa.cases.rules;

import java.util.EnumSet;
import java.util.Set;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/**
 * The penalty kinds of a proposal or decision, including 没收违法所得, are those the violation's penalty provision
 * provides (catalogue); an order to correct or stop the violation goes with any penalty (《行政处罚法》第二十八条第一款)
 * and confiscation of illegal gains needs the gains stated (第二十八条第二款).
 */
public class PenaltyProvidedRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.PENALTY_PROVIDED;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var input = ctx.input(InputFacts.Penalising.class);
        if (input.isEmpty() || input.get().penaltyKinds() == null) {
            return PolicyDecision.allowed();
        }
        Set<PenaltyKind> provided = EnumSet.noneOf(PenaltyKind.class);
        for (ViolationRef v : ctx.kase().violations()) {
            provided.addAll(ctx.facts().kindsProvided(v.code()));
        }
        for (PenaltyKind k : input.get().penaltyKinds()) {
            if (!provided.contains(k)) {
                return refuse("违法行为的处罚依据没有规定“" + k.label() + "”");
            }
        }
        boolean confiscate = input.get().penaltyKinds().contains(PenaltyKind.CONFISCATION);
        if (confiscate != (input.get().confiscation() != null)) {
            return refuse(confiscate ? "没收违法所得须写明违法所得的来源、计算和金额" : "未选择“没收违法所得”，不能填写违法所得");
        }
        return PolicyDecision.allowed();
    }
}
