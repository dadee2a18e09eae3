package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * A decision states where to apply for reconsideration: since 2024-01-01 the people's government at the level of the
 * deciding department (《行政复议法》(2023) 第二十四条第一款第（一）项), not the department's superior bureau. It is a
 * per-unit setting ({@code zhifa.cases.units.<code>.reconsideration-body}); without it the decision cannot state its
 * remedies (《行政处罚法》第五十九条).
 */
public class ReconsiderationBodyRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.RECONSIDERATION_BODY;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        return ctx.facts().remedies(ctx.kase().unitId()).isPresent() ? PolicyDecision.allowed()
                : refuse("本单位未设置行政复议机关（本级人民政府），决定书无法载明申请行政复议的途径；请系统管理员设置 "
                        + "zhifa.cases.units.<单位代码>.reconsideration-body");
    }
}
