package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * The legal reviewer is not a handler of the case and holds the national legal professional qualification
 * (《行政处罚法》第五十八条第二款: 初次从事法制审核的人员应当取得法律职业资格). The role is checked by the engine.
 */
public class ReviewerIndependenceRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.REVIEWER_INDEPENDENT;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        long userId = ctx.actor().userId();
        Long officerId = ctx.facts().officerIdOfUser(userId);
        boolean handler = ctx.kase().officers().stream().anyMatch(o -> o.userId() != null && o.userId() == userId
                || officerId != null && o.officerId() == officerId);
        if (handler) {
            return refuse(Articles.LEGAL_REVIEW, "案件承办人员不得对本案进行法制审核");
        }
        if (!ctx.facts().legallyQualified(userId)) {
            return refuse("法制审核人员应当取得国家统一法律职业资格（人员档案中未登记）");
        }
        return PolicyDecision.allowed();
    }
}
