package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** Guards of execution: 催告 only when payment is overdue, the court only after the 催告 period (强制法 53–54). */
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
            if (!d.fine() || e.paidFen() >= d.amountFen()) {
                return refuse("罚款已缴清或无罚款，无需催告");
            }
            if (e.paymentDue() == null || !ctx.on().isAfter(e.paymentDue())) {
                return refuse("缴款期限（" + e.paymentDue() + "）尚未届满，不能催告");
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
                return refuse("申请人民法院强制执行前，应当催告当事人履行义务");
            }
            if (!ctx.on().isAfter(e.reminderDue())) {
                return refuse("催告书送达十日后当事人仍未履行的，方可申请强制执行；期限至" + e.reminderDue());
            }
            return PolicyDecision.allowed();
        }
    }

    /** A case is closed when the decision has been performed or enforcement applied for (第六十七条). */
    public static class Complete implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.EXECUTION_COMPLETE;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var d = ctx.kase().decision();
            var e = ctx.kase().execution();
            if (!d.fine() || e.paidFen() >= d.amountFen() || e.courtAppliedOn() != null) {
                return PolicyDecision.allowed();
            }
            return refuse("罚款尚未缴清（应缴" + org.zhifa.catalog.Money.yuan(d.amountFen()) + "元，已缴"
                    + org.zhifa.catalog.Money.yuan(e.paidFen()) + "元），也未申请强制执行，不能结案");
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
            return ctx.kase().execution().copyFiledOn() == null
                    ? refuse("当场行政处罚决定书尚未报所属行政机关备案") : PolicyDecision.allowed();
        }
    }
}
