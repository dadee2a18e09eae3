package org.zhifa.catalog;

import java.util.Objects;

/**
 * The fine for gross-mass over-limit transport, computed (not chosen) per 《超限运输车辆行驶公路管理规定》
 * （交通运输部令2016年第62号）第四十三条第一款第（二）项: an excess of not more than 1,000 kg gets a warning; above
 * that, 500 yuan for each 1,000 kg of the whole excess, at most 30,000 yuan. Pure and thread-safe; the cases and
 * non-site modules reuse it.
 */
public final class OverLimitMassPenalty {

    public static final String ARTICLE = "《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项";
    public static final String CUMULATIVE_ARTICLE = "《超限运输车辆行驶公路管理规定》第四十三条第二款";
    public static final long WARNING_THRESHOLD_KG = 1_000;
    public static final long UNIT_KG = 1_000;
    public static final long FEN_PER_UNIT = 500_00;
    public static final long CAP_FEN = 30_000_00;

    private final PartTonCounting counting;

    public OverLimitMassPenalty(PartTonCounting counting) {
        this.counting = Objects.requireNonNull(counting, "counting");
    }

    /**
     * @param warningOnly true when the excess is at most 1,000 kg (予以警告)
     * @param units       1,000 kg units counted
     * @param fineFen     the fine in fen (0 for a warning)
     * @param capped      true when the 30,000 yuan maximum applied
     */
    public record Assessment(long excessKg, boolean warningOnly, long units, long fineFen, boolean capped,
            PartTonCounting counting) {

        /** A Chinese sentence explaining the computation, for explanation trails and documents. */
        public String explanation() {
            if (excessKg <= 0) {
                return "车货总质量未超过限定标准，不构成质量超限。";
            }
            if (warningOnly) {
                return "超限 " + excessKg + " 千克，未超过1000千克，依" + ARTICLE + "予以警告。";
            }
            String base = "超限 " + excessKg + " 千克，超过1000千克；按“每超1000千克罚款500元”计 " + units + " 个单位（"
                    + counting.label() + "）";
            if (capped) {
                return base + "，计算值超过最高限额，按最高30000元处罚（" + ARTICLE + "）。";
            }
            return base + "，罚款 " + (fineFen / 100) + " 元（" + ARTICLE + "）。";
        }
    }

    /** Assesses an excess over the gross-mass limit of 62号令 第三条第一款第（四）至（八）项, in kilograms. */
    public Assessment assess(long excessKg) {
        if (excessKg < 0) {
            throw new IllegalArgumentException("超限质量不能为负数");
        }
        if (excessKg == 0) {
            return new Assessment(0, false, 0, 0, false, counting);
        }
        if (excessKg <= WARNING_THRESHOLD_KG) {
            return new Assessment(excessKg, true, 0, 0, false, counting);
        }
        long units = counting == PartTonCounting.ROUND_UP
                ? (excessKg + UNIT_KG - 1) / UNIT_KG
                : excessKg / UNIT_KG;
        long raw = Math.multiplyExact(units, FEN_PER_UNIT);
        boolean capped = raw > CAP_FEN;
        return new Assessment(excessKg, false, units, capped ? CAP_FEN : raw, capped, counting);
    }

    /** Several over-limit violations together: the fines add up, at most 30,000 yuan (第四十三条第二款). */
    public static long cumulativeFen(long... finesFen) {
        long sum = 0;
        for (long f : finesFen) {
            if (f < 0) {
                throw new IllegalArgumentException("罚款不能为负数");
            }
            sum = Math.addExact(sum, f);
        }
        return Math.min(sum, CAP_FEN);
    }
}
