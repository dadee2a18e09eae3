package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.zhifa.common.PolicyDecision;

/**
 * 方案第2条：在完成政治理论教育和党性教育学时的基础上，每人每年接受不少于60学时的公共法律知识、业务知识和行政执法技能培训.
 */
public final class TrainingTargetPolicy {

    public static final String ARTICLE = "方案第2条";

    private TrainingTargetPolicy() {
    }

    public static PolicyDecision check(TrainingHours hours, BigDecimal target) {
        BigDecimal missing = missing(hours, target);
        if (missing.signum() == 0) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(ARTICLE, "本年度法律、业务和技能培训 " + plain(hours.counted()) + " 学时，未达到 "
                + plain(target) + " 学时，尚缺 " + plain(missing) + " 学时（政治理论学习不计入）");
    }

    public static BigDecimal missing(TrainingHours hours, BigDecimal target) {
        BigDecimal m = target.subtract(hours.counted());
        return m.signum() > 0 ? m : BigDecimal.ZERO;
    }

    /** Progress toward the target in whole percent, capped at 100. */
    public static int percent(TrainingHours hours, BigDecimal target) {
        if (target.signum() == 0) {
            return 100;
        }
        int p = hours.counted().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue();
        return Math.min(100, Math.max(0, p));
    }

    public static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
