package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** The hearing is presided by a person designated by the unit who is not an investigator of the case (第六十四条). */
public class PresidingOfficerRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.PRESIDING_NOT_INVESTIGATOR;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        Long presiding = ctx.request().presidingOfficerId();
        if (presiding == null) {
            return refuse("请指定听证主持人");
        }
        boolean investigator = ctx.kase().officers().stream().anyMatch(o -> o.officerId() == presiding);
        return investigator ? refuse("听证主持人不得由本案调查人员担任") : PolicyDecision.allowed();
    }
}
