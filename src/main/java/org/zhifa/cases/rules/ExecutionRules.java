package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.catalog.Money;
import org.zhifa.common.PolicyDecision;

/** Guards of execution (《行政处罚法》第五十二条、第六十七条、第七十一条; 《行政强制法》第五十三条、第五十四条). */
public final class ExecutionRules {

    private ExecutionRules() {
    }

    /** 催告 is sent when the fine is not paid by its due date (《行政强制法》第五十四条). */
    public static class PaymentOverdue implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.PAYMENT_OVERDUE;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var d = ctx.kase().decision();
            var e = ctx.kase().execution();
            if (d.payableFen() == 0 || e.paidFen() >= d.payableFen()) {
                return refuse("罚款已缴清或无罚款，无需催告");
            }
            if (e.paymentDue() == null || !ctx.on().isAfter(e.paymentDue())) {
                return refuse("缴款期限（" + e.paymentDue() + "）尚未届满，不能催告");
            }
            if (e.reminderNumber() != null) {
                return refuse("已于" + e.reminderIssuedOn() + "制作催告书");
            }
            return PolicyDecision.allowed();
        }
    }

    /** The court may be applied to ten days after the 催告 was served without performance (第五十四条). */
    public static class ReminderElapsed implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.REMINDER_ELAPSED;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var e = ctx.kase().execution();
            if (e.reminderServedOn() == null) {
                return refuse("申请人民法院强制执行前，应当书面催告当事人履行义务，催告书须送达");
            }
            if (!ctx.on().isAfter(e.reminderDue())) {
                return refuse("催告书送达十个工作日后（催告书确定的履行期限更长的，期限届满后）当事人仍未履行的，"
                        + "方可申请强制执行；期限至" + e.reminderDue());
            }
            return PolicyDecision.allowed();
        }
    }

    /**
     * A case is closed when the decision has been performed (fine and illegal gains paid) or enforcement applied for,
     * or the transfer has been received (第六十七条; 国务院令第310号).
     */
    public static class Complete implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.EXECUTION_COMPLETE;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var k = ctx.kase();
            if (k.transfer().done()) {
                return k.transfer().receivedOn() != null ? PolicyDecision.allowed()
                        : refuse(Articles.TRANSFER_TIMES, "移送的案件须有接受机关的签收记录后方可结案");
            }
            var d = k.decision();
            var e = k.execution();
            if (e.paidFen() >= d.payableFen() || e.courtAppliedOn() != null) {
                return PolicyDecision.allowed();
            }
            return refuse("罚款（及没收的违法所得）尚未缴清（应缴" + Money.yuan(d.payableFen()) + "元，已缴"
                    + Money.yuan(e.paidFen()) + "元），也未申请人民法院强制执行，不能结案");
        }
    }

    /** The on-the-spot decision is filed with the unit within five working days (《行政处罚法》第五十二条). */
    public static class CopyFiled implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.SIMPLIFIED_COPY_FILED;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            boolean simplified = ctx.kase().procedure() == org.zhifa.cases.procedure.Procedure.SIMPLIFIED;
            return simplified && ctx.kase().execution().copyFiledOn() == null
                    ? refuse("当场作出的行政处罚决定书应当报所属行政机关备案") : PolicyDecision.allowed();
        }
    }

    /** Money collected on the spot is handed in within two working days (《行政处罚法》第七十一条). */
    public static class CashHandedIn implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.CASH_HANDED_IN;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var cash = ctx.kase().execution().cash();
            return cash != null && cash.handedInOn() == null
                    ? refuse("当场收缴的罚款应当自收缴之日起二日内交至行政机关，尚无交付记录") : PolicyDecision.allowed();
        }
    }
}
