package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** The hearing notice reaches the party at least seven working days before the hearing (《行政处罚法》第六十四条). */
public class HearingNoticePeriodRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.HEARING_NOTICE_PERIOD;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        if (!ctx.kase().notice().hearingRequested()) {
            return refuse("当事人未申请听证");
        }
        LocalDate hearing = ctx.request().hearingDate();
        if (hearing == null) {
            return refuse("请填写听证日期");
        }
        LocalDate earliest = ctx.facts().calendar().addWorkingDays(ctx.on(), ctx.settings().hearingNoticeWorkingDays());
        if (hearing.isBefore(earliest)) {
            return refuse("应当在举行听证的" + ctx.settings().hearingNoticeWorkingDays() + "个工作日前通知当事人，今日通知的最早听证日期为"
                    + earliest);
        }
        return PolicyDecision.allowed();
    }
}
