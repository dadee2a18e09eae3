package org.zhifa.cases.rules;

import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * No decision before the advance notice was served and the party's chance to state, defend and ask for a hearing
 * is over: the statement window has passed, a requested hearing has been held, or the party expressly waived
 * (《行政处罚法》第四十四条、第四十五条、第六十二条).
 */
public class StatementConcludedRule implements CaseGuard {

    public static final String ARTICLE = "《行政处罚法》第六十二条";

    @Override
    public GuardName name() {
        return GuardName.STATEMENT_CONCLUDED;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        NoticeRecord n = ctx.kase().notice();
        if (!n.served()) {
            return PolicyDecision.rejected(ARTICLE, "未向当事人告知拟作出的行政处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利，不得作出行政处罚决定");
        }
        if (n.hearingRequested() && n.hearingHeldOn() == null) {
            return PolicyDecision.rejected("《行政处罚法》第六十四条", "当事人已申请听证，听证结束前不得作出决定");
        }
        if (n.waived() || n.hearingHeldOn() != null) {
            return PolicyDecision.allowed();
        }
        if (!ctx.on().isAfter(n.statementDue())) {
            return PolicyDecision.rejected("《行政处罚法》第四十五条", "陈述申辩期限至" + n.statementDue()
                    + "届满，期满前（当事人明确放弃的除外）不得作出决定");
        }
        if (n.hearingApplies() && n.hearingRequestDue() != null && !ctx.on().isAfter(n.hearingRequestDue())) {
            return PolicyDecision.rejected("《行政处罚法》第六十四条", "听证申请期限至" + n.hearingRequestDue() + "届满，期满前不得作出决定");
        }
        return PolicyDecision.allowed();
    }
}
