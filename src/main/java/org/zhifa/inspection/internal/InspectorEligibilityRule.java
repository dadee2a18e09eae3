package org.zhifa.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.personnel.EligibilityResult;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/**
 * 持证上岗 on the day of the inspection (《行政处罚法》第四十二条; 方案第6条): each inspecting officer must hold a
 * certificate valid on that day for every enforcement field of the items inspected — judged on the inspection date,
 * not on the day of the draw.
 */
final class InspectorEligibilityRule {

    static final String ARTICLE = "《行政处罚法》第四十二条；方案第6条";

    private InspectorEligibilityRule() {
    }

    static PolicyDecision check(OfficerEligibility eligibility, List<OfficerView> officers, LocalDate on,
            Collection<EnforcementCategory> fields) {
        List<Rejection> out = new ArrayList<>();
        for (OfficerView o : officers) {
            for (EnforcementCategory f : fields) {
                EligibilityResult r = eligibility.isEligible(o.id(), on, f);
                if (!r.eligible()) {
                    out.add(Rejection.of(ARTICLE, o.name() + " 在 " + on + " 不具有" + f.label() + "执法资格："
                            + String.join("；", r.reasons())));
                    break;
                }
            }
        }
        return new PolicyDecision(out);
    }
}
