package org.zhifa.catalog;

import java.math.BigDecimal;

/**
 * The dimension bands of 《超限运输车辆行驶公路管理规定》第四十三条第一款第（一）项: the band fixes the statutory fine
 * range, the discretion benchmark then places the amount inside it. Pure and thread-safe.
 */
public final class OverLimitDimensionPenalty {

    public static final String ARTICLE = "《超限运输车辆行驶公路管理规定》第四十三条第一款第（一）项";
    /** The limits themselves: a vehicle within all of them is not over-limit (62号令 第三条). */
    public static final String LIMITS_ARTICLE = "《超限运输车辆行驶公路管理规定》第三条";
    private static final BigDecimal LIMIT_HEIGHT = new BigDecimal("4");
    private static final BigDecimal LIMIT_WIDTH = new BigDecimal("2.55");
    private static final BigDecimal LIMIT_LENGTH = new BigDecimal("18.1");

    /** The three bands with their statutory range in fen. */
    public enum Band {
        /** 高≤4.2米、宽≤3米且长≤20米: 可以处200元以下罚款. */
        MINOR(1, 0, 200_00, "车货总高度未超过4.2米、总宽度未超过3米且总长度未超过20米，可以处200元以下罚款"),
        /** 高≤4.5米、宽≤3.75米且长≤28米: 200元以上1000元以下. */
        MIDDLE(2, 200_00, 1_000_00, "车货总高度未超过4.5米、总宽度未超过3.75米且总长度未超过28米，处200元以上1000元以下罚款"),
        /** beyond: 1000元以上3000元以下. */
        MAJOR(3, 1_000_00, 3_000_00, "车货总高度超过4.5米、总宽度超过3.75米或者总长度超过28米，处1000元以上3000元以下的罚款");

        private final int number;
        private final long minFen;
        private final long maxFen;
        private final String description;

        Band(int number, long minFen, long maxFen, String description) {
            this.number = number;
            this.minFen = minFen;
            this.maxFen = maxFen;
            this.description = description;
        }

        public int number() {
            return number;
        }

        public long minFen() {
            return minFen;
        }

        public long maxFen() {
            return maxFen;
        }

        public String description() {
            return description;
        }
    }

    private static final BigDecimal H1 = new BigDecimal("4.2");
    private static final BigDecimal W1 = new BigDecimal("3");
    private static final BigDecimal L1 = new BigDecimal("20");
    private static final BigDecimal H2 = new BigDecimal("4.5");
    private static final BigDecimal W2 = new BigDecimal("3.75");
    private static final BigDecimal L2 = new BigDecimal("28");

    private OverLimitDimensionPenalty() {
    }

    /** Height ≤ 4 m, width ≤ 2.55 m and length ≤ 18.1 m: within the limits of 62号令 第三条, not over-limit. */
    public static boolean withinLimits(BigDecimal heightM, BigDecimal widthM, BigDecimal lengthM) {
        return heightM.compareTo(LIMIT_HEIGHT) <= 0 && widthM.compareTo(LIMIT_WIDTH) <= 0
                && lengthM.compareTo(LIMIT_LENGTH) <= 0;
    }

    /**
     * Classifies measured vehicle-plus-load dimensions in metres (height from the ground). The caller has already
     * established that at least one dimension exceeds the limits of 62号令 第三条.
     */
    public static Band classify(BigDecimal heightM, BigDecimal widthM, BigDecimal lengthM) {
        if (heightM == null || widthM == null || lengthM == null) {
            throw new IllegalArgumentException("请填写车货总高度、总宽度和总长度");
        }
        if (heightM.signum() < 0 || widthM.signum() < 0 || lengthM.signum() < 0) {
            throw new IllegalArgumentException("尺寸不能为负数");
        }
        if (heightM.compareTo(H1) <= 0 && widthM.compareTo(W1) <= 0 && lengthM.compareTo(L1) <= 0) {
            return Band.MINOR;
        }
        if (heightM.compareTo(H2) <= 0 && widthM.compareTo(W2) <= 0 && lengthM.compareTo(L2) <= 0) {
            return Band.MIDDLE;
        }
        return Band.MAJOR;
    }
}
