package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;
import org.zhifa.personnel.EnforcementCategory;

/**
 * At least two officers with enforcement qualification for the case's enforcement category on the day they perform the
 * act (《行政处罚法》第四十二条): the officers present at the act where the step names them, otherwise the case's acting
 * officers; auxiliary staff never count, recused officers no longer act. An officer certified after the violation but
 * before acting may act; one whose certificate is suspended on the day of the act may not.
 */
public class TwoOfficerRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.TWO_OFFICERS;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        List<CaseOfficer> acting = ctx.kase().actingOfficers();
        List<CaseOfficer> who = ctx.input(InputFacts.OfficersPresent.class)
                .map(p -> acting.stream().filter(o -> p.officerIds().contains(o.officerId())).toList())
                .orElse(acting);
        return check(who, ctx.on(), ctx.kase().category(), ctx.facts());
    }

    public static PolicyDecision check(List<CaseOfficer> officers, LocalDate on, EnforcementCategory category,
            CaseFacts facts) {
        List<String> problems = new ArrayList<>();
        int eligible = 0;
        for (CaseOfficer o : officers) {
            if (!o.acting()) {
                continue;
            }
            CaseFacts.Eligibility e = facts.eligibility(o.officerId(), on, category);
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
        return PolicyDecision.rejected(GuardName.TWO_OFFICERS.basis(), "须有两名以上在" + on + "持有效执法证"
                + (category == null ? "" : "（执法门类含" + category.label() + "）") + "的执法人员实施，辅助人员不计入，现仅有 "
                + eligible + " 名" + detail);
    }
}
