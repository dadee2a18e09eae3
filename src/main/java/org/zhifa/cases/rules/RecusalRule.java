package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** An officer who has withdrawn (回避) may not act on the case any more (《行政处罚法》第四十三条). */
public class RecusalRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.RECUSAL;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        Long officerId = ctx.facts().officerIdOfUser(ctx.actor().userId());
        boolean recused = ctx.kase().officers().stream()
                .anyMatch(o -> o.recused() && (o.userId() != null && o.userId() == ctx.actor().userId()
                        || officerId != null && o.officerId() == officerId));
        boolean presentRecused = ctx.input(InputFacts.OfficersPresent.class)
                .map(p -> ctx.kase().officers().stream().anyMatch(o -> o.recused() && p.officerIds().contains(o.officerId())))
                .orElse(false);
        if (recused) {
            return refuse("您已在本案回避，不得再参与办理");
        }
        return presentRecused ? refuse("已回避的执法人员不得参与本案的调查取证") : PolicyDecision.allowed();
    }
}
