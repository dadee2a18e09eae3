package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** After a hearing the decision is made on the basis of the hearing record (《行政处罚法》第六十五条). */
public class HearingRecordCitedRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.HEARING_RECORD_CITED;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        if (ctx.kase().notice().hearingHeldOn() != null && !ctx.request().flag(ctx.request().citesHearingRecord())) {
            return refuse("听证结束后，应当根据听证笔录作出决定（请确认决定依据听证笔录）");
        }
        return PolicyDecision.allowed();
    }
}
