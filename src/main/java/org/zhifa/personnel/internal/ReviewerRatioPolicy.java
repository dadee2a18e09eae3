package org.zhifa.personnel.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;

/**
 * 法制审核人员原则上不少于本单位执法人员总数的 5% (国办发〔2018〕118号); a first-time reviewer of penalty decisions must
 * hold the national legal professional qualification (《行政处罚法》第五十八条).
 */
public final class ReviewerRatioPolicy {

    public static final String RATIO_ARTICLE = "国办发〔2018〕118号";
    public static final String QUALIFICATION_ARTICLE = "《行政处罚法》第五十八条";

    private ReviewerRatioPolicy() {
    }

    /** reviewers / officers, four decimals; zero when the unit has no officers. */
    public static BigDecimal ratio(int officers, int reviewers) {
        if (officers == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(reviewers).divide(BigDecimal.valueOf(officers), 4, RoundingMode.HALF_UP);
    }

    public static PolicyDecision check(int officers, int reviewers, BigDecimal minimum) {
        if (officers == 0) {
            return PolicyDecision.allowed();
        }
        // reviewers / officers >= minimum, compared exactly: reviewers >= minimum × officers
        if (BigDecimal.valueOf(reviewers).compareTo(minimum.multiply(BigDecimal.valueOf(officers))) >= 0) {
            return PolicyDecision.allowed();
        }
        int needed = minimum.multiply(BigDecimal.valueOf(officers)).setScale(0, RoundingMode.CEILING).intValue();
        return PolicyDecision.rejected(Rejection.of(RATIO_ARTICLE, "法制审核人员 " + reviewers + " 人，占执法人员 " + officers
                + " 人的 " + percent(ratio(officers, reviewers)) + "，低于 " + percent(minimum) + "，至少需要 " + needed + " 人"));
    }

    public static Rejection unqualified(String name) {
        return Rejection.of(QUALIFICATION_ARTICLE, "法制审核人员 " + name + " 未登记法律职业资格");
    }

    public static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
