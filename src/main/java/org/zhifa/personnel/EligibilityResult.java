package org.zhifa.personnel;

import java.util.List;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;

/**
 * Whether an officer may act on a day, and if not why: each reason is a Chinese sentence ending with its basis,
 * e.g. “辅助人员不具有执法资格，不得独立执法（依据：《行政处罚法》第四十二条；方案第6条）”.
 */
public record EligibilityResult(boolean eligible, List<String> reasons) {

    public EligibilityResult {
        reasons = List.copyOf(reasons);
    }

    public static EligibilityResult of(PolicyDecision decision) {
        return new EligibilityResult(decision.isAllowed(), decision.rejections().stream().map(Rejection::text).toList());
    }
}
