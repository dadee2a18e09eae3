package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * At least two officers with enforcement qualification on the day of the act (《行政处罚法》第四十二条); auxiliary
 * staff may be attached but never count, recused officers no longer act.
 */
public class TwoOfficerRule implements CaseGuard {

    public static final String ARTICLE = "《行政处罚法》第四十二条";

    @Override
    public GuardName name() {
        return GuardName.TWO_OFFICERS;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        return check(ctx.kase().officers(), ctx.kase().act().actDate(), ctx.facts());
    }

    public static PolicyDecision check(List<CaseOfficer> officers, LocalDate actDate, CaseFacts facts) {
        List<String> problems = new ArrayList<>();
        int eligible = 0;
        for (CaseOfficer o : officers) {
            if (!o.acting()) {
                continue;
            }
            CaseFacts.Eligibility e = facts.eligibility(o.officerId(), actDate);
            if (e.eligible()) {
                eligible++;
            } else {
                problems.add(o.name() + "：" + String.join("；", e.reasons()));
            }
        }
        if (eligible >= 2) {
            return PolicyDecision.allowed();
        }
        String detail = problems.isEmpty() ? "" : "（" + String.join("；", problems) + "）";
        return PolicyDecision.rejected(ARTICLE, "须有两名以上在违法行为发生之日持有效执法证的执法人员承办，辅助人员不计入，现仅有 "
                + eligible + " 名" + detail);
    }
}
