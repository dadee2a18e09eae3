package org.zhifa.inspection.internal;

import java.util.List;
import org.zhifa.common.PolicyDecision;
import org.zhifa.personnel.OfficerView;

/**
 * 执法检查不得少于两名执法人员 (《行政处罚法》第四十二条; legal-rules §2, §8): at least two different officers, none of them
 * auxiliary staff (who may assist but never count toward the two, 方案第6、7条).
 */
final class TwoInspectorsRule {

    static final String ARTICLE = "《行政处罚法》第四十二条";

    private TwoInspectorsRule() {
    }

    static PolicyDecision check(List<OfficerView> officers, int required) {
        long distinct = officers.stream().map(OfficerView::id).distinct().count();
        if (officers.stream().anyMatch(OfficerView::auxiliary)) {
            return PolicyDecision.rejected(ARTICLE + "；方案第6条", "执法辅助人员不得作为检查的执法人员，不计入执法人员人数");
        }
        if (distinct < required) {
            return PolicyDecision.rejected(ARTICLE, "执法检查应当由" + (required == 2 ? "两" : Integer.toString(required))
                    + "名以上执法人员实施，本次只有 " + distinct + " 名");
        }
        return PolicyDecision.allowed();
    }
}
