package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** Major decision filing (备案, 方案第21条) and its acknowledgement by the superior unit or supervision bureau. */
public final class FilingRules {

    private FilingRules() {
    }

    /** Only decisions that are major by the settings are filed, once. */
    public static class MajorDecision implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.MAJOR_DECISION;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            if (!ctx.kase().decision().major()) {
                return refuse("本案决定不属于重大行政处罚决定，无需备案");
            }
            if (ctx.kase().execution().majorFiledOn() != null) {
                return refuse("本案已于" + ctx.kase().execution().majorFiledOn() + "备案");
            }
            return PolicyDecision.allowed();
        }
    }

    /** A filing is acknowledged by the superior unit or the supervision bureau, not by the filing unit. */
    public static class SuperiorUnit implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.SUPERIOR_UNIT;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var e = ctx.kase().execution();
            if (e.majorFiledOn() == null) {
                return refuse("本案尚未报送备案");
            }
            if (e.majorAcknowledgedOn() != null) {
                return refuse("备案已签收");
            }
            Long decider = ctx.kase().decision().deciderUserId();
            if (decider != null && decider == ctx.actor().userId()) {
                return refuse("作出决定的负责人不能签收本案的备案");
            }
            if (!ctx.facts().isSuperiorOf(ctx.actor().unitId(), ctx.kase().unitId())) {
                return refuse("备案由上级主管部门或执法监督机构签收");
            }
            return PolicyDecision.allowed();
        }
    }
}
