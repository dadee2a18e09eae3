package org.zhifa.cases.rules;

import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/** Statement and defence (《行政处罚法》第四十四条、第四十五条、第六十二条). */
public final class StatementRules {

    private StatementRules() {
    }

    /**
     * No decision before the notice was served and the party's chance to state, defend and ask for a hearing is
     * over: each right either expressly waived, exercised to the end, or its period elapsed (第六十二条).
     */
    public static class Concluded implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.STATEMENT_CONCLUDED;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            NoticeRecord n = ctx.kase().notice();
            if (!n.served()) {
                return refuse("未向当事人送达违法行为通知书，告知拟作出的行政处罚及陈述、申辩、要求听证的权利，不得作出决定");
            }
            var h = n.hearing();
            if (n.hearingRequested() && (h == null || h.heldOn() == null)) {
                return refuse(Articles.HEARING, "当事人已申请听证，听证结束前不得作出决定");
            }
            if (n.statementWaiver() == null && !ctx.on().isAfter(n.statementDue())) {
                return refuse(Articles.STATEMENT, "陈述申辩期限至" + n.statementDue() + "届满，期满前（当事人明确放弃的除外）不得作出决定");
            }
            boolean hearingOver = !n.hearingApplies() || n.hearingWaiver() != null || n.hearingRequested()
                    || n.hearingRequestDue() == null || ctx.on().isAfter(n.hearingRequestDue());
            if (!hearingOver) {
                return refuse(Articles.HEARING_REQUEST, "听证申请期限至" + n.hearingRequestDue() + "届满，期满前（当事人明确放弃听证的除外）不得作出决定");
            }
            return PolicyDecision.allowed();
        }
    }

    /** Every statement or defence is reviewed in writing (采纳 or not, with reasons) before the decision (第四十五条). */
    public static class Reviewed implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.STATEMENTS_REVIEWED;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var open = ctx.kase().notice().unreviewed();
            if (open.isEmpty()) {
                return PolicyDecision.allowed();
            }
            return refuse("当事人提出的陈述、申辩应当进行复核；第" + String.join("、", open.stream().map(s -> String.valueOf(s.no())).toList())
                    + "项陈述申辩尚无书面复核意见");
        }
    }

    /** A waiver of the statement is recorded only where the party has not stated or defended (第四十五条). */
    public static class WaiverConsistent implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.WAIVER_CONSISTENT;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            NoticeRecord n = ctx.kase().notice();
            if (!n.statements().isEmpty()) {
                return refuse("当事人已提出陈述、申辩（" + n.statements().size() + "项），不能登记为放弃陈述申辩");
            }
            if (n.statementWaiver() != null) {
                return refuse("当事人已于" + n.statementWaiver().on() + "声明放弃陈述申辩");
            }
            return PolicyDecision.allowed();
        }
    }

    /** The penalty may not be made heavier because the party stated or defended (第四十五条). */
    public static class NoRaise implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.NO_RAISE_AFTER_STATEMENT;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var n = ctx.kase().notice();
            if (!n.served()) {
                return PolicyDecision.allowed();
            }
            long amount = ctx.amountFen();
            if (amount > n.notifiedAmountFen()) {
                return refuse("不得因当事人陈述、申辩而给予更重的处罚：告知的罚款为" + Money.yuan(n.notifiedAmountFen())
                        + "元，决定罚款" + Money.yuan(amount) + "元");
            }
            var kinds = ctx.input(InputFacts.Penalising.class).map(InputFacts.Penalising::penaltyKinds).orElse(null);
            if (kinds != null) {
                for (PenaltyKind k : kinds) {
                    if (!n.notifiedKinds().contains(k)) {
                        return refuse("不得因当事人陈述、申辩而给予更重的处罚：告知时未包含“" + k.label() + "”");
                    }
                }
            }
            return PolicyDecision.allowed();
        }
    }
}
