package org.zhifa.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many objects of a stratum are drawn: {@code min(m, max(ceil(ratio × m), minimum))} of the stratum's m objects.
 * A ratio alone (1 % of credit class A) or a count alone (at least 10 files per category, or all if fewer).
 *
 * @param name    the stratum
 * @param ratio   share to draw, 0 ≤ ratio ≤ 1, at most 6 decimal places
 * @param minimum at least this many (or all, when fewer)
 */
public record StratumRule(String name, BigDecimal ratio, int minimum) {

    public StratumRule {
        DrawSpec.field(name, "层级");
        if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("抽取比例应在 0 到 1 之间：" + name);
        }
        ratio = ratio.stripTrailingZeros();
        if (ratio.scale() > 6) {
            throw new IllegalArgumentException("抽取比例最多六位小数：" + name);
        }
        if (ratio.scale() < 0) {
            ratio = ratio.setScale(0);
        }
        if (minimum < 0) {
            throw new IllegalArgumentException("最少抽取数不能为负数：" + name);
        }
    }

    /** The ratio as written in the header: plain decimal, no exponent, no trailing zeros (0.1, 0.01, 1, 0). */
    public String ratioText() {
        return ratio.signum() == 0 ? "0" : ratio.toPlainString();
    }

    /** Number drawn from a stratum of {@code size} objects. */
    public int sampleSize(int size) {
        int byRatio = ratio.multiply(BigDecimal.valueOf(size)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(size, Math.max(byRatio, minimum));
    }

    String line() {
        return "stratum\t" + name + '\t' + ratioText() + '\t' + minimum;
    }
}
