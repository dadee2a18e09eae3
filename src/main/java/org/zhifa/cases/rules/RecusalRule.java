package org.zhifa.cases.rules;

import org.zhifa.cases.domain.CaseOfficer;
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
        return recused ? refuse("您已在本案回避，不得再参与办理") : PolicyDecision.allowed();
    }

    /** Whether the officer is recused on the case. */
    public static boolean recused(java.util.List<CaseOfficer> officers, long officerId) {
        return officers.stream().anyMatch(o -> o.recused() && o.officerId() == officerId);
    }
}
