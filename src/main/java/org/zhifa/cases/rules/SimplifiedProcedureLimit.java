package org.zhifa.cases.rules;

import java.util.Set;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/**
 * 当场处罚 only for a warning or a fine of at most 200 yuan (citizen) or 3,000 yuan (organisation)
 * (《行政处罚法》第五十一条).
 */
public class SimplifiedProcedureLimit implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.SIMPLIFIED_LIMIT;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        return ctx.input(InputFacts.Penalising.class)
                .map(p -> check(ctx.kase().party().kind(), p.penaltyKinds() == null ? Set.of() : p.penaltyKinds(),
                        PenaltyText.fen(p.amountYuan()), ctx.settings()))
                .orElse(PolicyDecision.allowed());
    }

    public static PolicyDecision check(PartyKind party, Set<PenaltyKind> kinds, long amountFen, CaseProperties s) {
        if (!Set.of(PenaltyKind.WARNING, PenaltyKind.FINE).containsAll(kinds)) {
            return PolicyDecision.rejected(Articles.SIMPLIFIED_LIMIT, "简易程序只能给予警告或者罚款");
        }
        long max = party == PartyKind.CITIZEN ? s.simplifiedCitizenMaxFen() : s.simplifiedOrganisationMaxFen();
        if (kinds.contains(PenaltyKind.FINE) && amountFen > max) {
            return PolicyDecision.rejected(Articles.SIMPLIFIED_LIMIT, "简易程序罚款不得超过" + Money.yuan(max) + "元（"
                    + party.label() + "），应适用普通程序");
        }
        return PolicyDecision.allowed();
    }
}
