package org.zhifa.nonsite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhifa.catalog.OverLimitDimensionPenalty;
import org.zhifa.catalog.OverLimitMassPenalty;

/**
 * The over-limit judgement of 《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）第三条 and the penalty of its
 * 第四十三条. Pure and thread-safe. The ingest path uses the static, allocation-free parts
 * ({@link #massLimitKg}, {@link #toleranceKg}, {@link #dimensionsOverMask}) for every record and builds a full
 * {@link OverLimitVerdict} only for the few records that are over a limit; the fine formulas come from the catalogue
 * ({@link OverLimitMassPenalty}, {@link OverLimitDimensionPenalty}) and are not repeated here.
 */
public final class OverLimitJudge {

    public static final int NOT_MEASURED = -1;
    public static final String ART_3 = "《超限运输车辆行驶公路管理规定》第三条第一款";
    public static final String SINGLE_TYRE_ARTICLE = "《超限运输车辆行驶公路管理规定》第三条第二款";
    static final int SINGLE_TYRE_REDUCTION_KG = 3_000;
    static final int MAX_AXLES = 20;

    private static final String[] ITEM = {null, null, "第（四）项", "第（五）项", "第（六）项", "第（七）项", "第（八）项"};

    private final OverLimitMassPenalty massPenalty;

    public OverLimitJudge(OverLimitMassPenalty massPenalty) {
        this.massPenalty = Objects.requireNonNull(massPenalty, "massPenalty");
    }

    /**
     * The gross-mass limit in kg (第三条第一款第（四）至（八）项): by axles and vehicle kind; 46,000 kg for a 6+ axle
     * combination whose tractor has a single drive axle; less 3,000 kg per non-drive axle with single tyres
     * (第三条第二款). Five or more axles exist only as combinations, so their limit applies whatever the kind says.
     */
    public static int massLimitKg(int axles, boolean combination, boolean singleDriveAxle, int singleTyreNonDriveAxles) {
        int base;
        switch (Math.min(axles, 6)) {
            case 2 -> base = 18_000;
            case 3 -> base = combination ? 27_000 : 25_000;
            case 4 -> base = combination ? 36_000 : 31_000;
            case 5 -> base = 43_000;
            case 6 -> base = singleDriveAxle ? 46_000 : 49_000;
            default -> throw new IllegalArgumentException("轴数须在 2 至 " + MAX_AXLES + " 之间");
        }
        return base - SINGLE_TYRE_REDUCTION_KG * Math.max(0, singleTyreNonDriveAxles);
    }

    /** The tolerance in kg for a measured mass and a tolerance in basis points (500 = 5 %), rounded up for the party. */
    public static int toleranceKg(int grossMassKg, int basisPoints) {
        if (grossMassKg <= 0 || basisPoints <= 0) {
            return 0;
        }
        return (int) (((long) grossMassKg * basisPoints + 9_999) / 10_000);
    }

    /** Bits ({@link Dimension#bit()}) of the dimensions over their limit; unmeasured dimensions are never over. */
    public static int dimensionsOverMask(int heightMm, int widthMm, int lengthMm) {
        int mask = 0;
        if (heightMm > Dimension.HEIGHT.limitMm()) {
            mask |= Dimension.HEIGHT.bit();
        }
        if (widthMm > Dimension.WIDTH.limitMm()) {
            mask |= Dimension.WIDTH.bit();
        }
        if (lengthMm > Dimension.LENGTH.limitMm()) {
            mask |= Dimension.LENGTH.bit();
        }
        return mask;
    }

    /** Excess over the limit after the tolerance, 0 when not over or not weighed. */
    public static int excessKg(int grossMassKg, int toleranceKg, int massLimitKg) {
        if (grossMassKg == NOT_MEASURED) {
            return 0;
        }
        return Math.max(0, grossMassKg - toleranceKg - massLimitKg);
    }

    /** Checks a measurement; returns a Chinese message for the first problem, or null when it can be judged. */
    public static String invalidReason(VehicleMeasurement m) {
        if (m.axles() < 2 || m.axles() > MAX_AXLES) {
            return "轴数须在 2 至 " + MAX_AXLES + " 之间";
        }
        if (m.singleTyreNonDriveAxles() < 0 || m.singleTyreNonDriveAxles() > m.axles() - 1) {
            return "单轮胎非驱动轴数须在 0 至 " + (m.axles() - 1) + " 之间";
        }
        if (m.grossMassKg() != NOT_MEASURED && (m.grossMassKg() <= 0 || m.grossMassKg() > 300_000)) {
            return "车货总质量须大于 0 且不超过 300000 千克";
        }
        if (m.toleranceKg() < 0) {
            return "允许误差不能为负数";
        }
        if (m.heightMm() < NOT_MEASURED || m.widthMm() < NOT_MEASURED || m.lengthMm() < NOT_MEASURED
                || m.heightMm() > 10_000 || m.widthMm() > 10_000 || m.lengthMm() > 100_000) {
            return "外廓尺寸超出可测量范围";
        }
        return null;
    }

    /** The full judgement with the penalty range, articles and reasons. */
    public OverLimitVerdict judge(VehicleMeasurement m) {
        String invalid = invalidReason(m);
        if (invalid != null) {
            throw new IllegalArgumentException(invalid);
        }
        List<String> articles = new ArrayList<>(4);
        List<String> reasons = new ArrayList<>(6);
        boolean weighed = m.grossMassKg() != NOT_MEASURED;
        int limit = 0;
        int excess = 0;
        int tolerance = 0;
        OverLimitMassPenalty.Assessment mass = null;
        if (weighed) {
            limit = massLimitKg(m.axles(), m.combination(), m.singleDriveAxle(), m.singleTyreNonDriveAxles());
            tolerance = m.toleranceKg();
            excess = excessKg(m.grossMassKg(), tolerance, limit);
            reasons.add(limitReason(m, limit));
            if (tolerance > 0) {
                reasons.add("扣除设备允许误差 " + tolerance + " 千克后，认定车货总质量 " + (m.grossMassKg() - tolerance) + " 千克");
            }
            if (excess > 0) {
                articles.add(ART_3 + ITEM[Math.min(m.axles(), 6)]);
                if (m.singleTyreNonDriveAxles() > 0) {
                    articles.add(SINGLE_TYRE_ARTICLE);
                }
                mass = massPenalty.assess(excess);
                articles.add(OverLimitMassPenalty.ARTICLE);
                reasons.add(mass.explanation());
            } else {
                reasons.add("车货总质量未超过限定标准");
            }
        }
        int mask = dimensionsOverMask(m.heightMm(), m.widthMm(), m.lengthMm());
        List<Dimension> over = new ArrayList<>(3);
        OverLimitDimensionPenalty.Band band = null;
        if (mask != 0) {
            for (Dimension d : Dimension.values()) {
                if ((mask & d.bit()) != 0) {
                    over.add(d);
                    articles.add(d.article());
                    reasons.add(d.label() + "超过 " + metres(d.limitMm()) + " 米");
                }
            }
            band = OverLimitDimensionPenalty.classify(metresOrZero(m.heightMm()), metresOrZero(m.widthMm()),
                    metresOrZero(m.lengthMm()));
            articles.add(OverLimitDimensionPenalty.ARTICLE);
            reasons.add("外廓尺寸处罚档次：" + band.description());
        }
        long massFine = mass == null ? 0 : mass.fineFen();
        long min = band == null ? massFine : OverLimitMassPenalty.cumulativeFen(massFine, band.minFen());
        long max = band == null ? massFine : OverLimitMassPenalty.cumulativeFen(massFine, band.maxFen());
        if (band != null && mass != null && !mass.warningOnly()) {
            articles.add(OverLimitMassPenalty.CUMULATIVE_ARTICLE);
            reasons.add("多项违法行为罚款累计，累计最高不超过 30000 元");
        }
        boolean overLimit = excess > 0 || mask != 0;
        boolean warning = mass != null && mass.warningOnly();
        return new OverLimitVerdict(overLimit, limit, tolerance, excess, over, warning, min, max, articles, reasons);
    }

    private static String limitReason(VehicleMeasurement m, int limit) {
        String kind = m.axles() >= 5 || m.combination() ? "汽车列车" : "货车";
        StringBuilder s = new StringBuilder().append(m.axles()).append(" 轴").append(kind);
        if (m.axles() >= 6 && m.singleDriveAxle()) {
            s.append("（牵引车驱动轴为单轴）");
        }
        if (m.singleTyreNonDriveAxles() > 0) {
            s.append("，").append(m.singleTyreNonDriveAxles()).append(" 根非驱动轴为单轮胎，每轴减少 3000 千克");
        }
        return s.append("，车货总质量限定标准 ").append(limit).append(" 千克").toString();
    }

    private static BigDecimal metresOrZero(int mm) {
        return mm <= 0 ? BigDecimal.ZERO : BigDecimal.valueOf(mm, 3);
    }

    private static String metres(int mm) {
        return BigDecimal.valueOf(mm, 3).stripTrailingZeros().toPlainString();
    }

    /** Metres (as sent by devices and the API) to whole millimetres, rounded up so that "more than" stays exact. */
    public static int millimetres(BigDecimal metres) {
        if (metres == null) {
            return NOT_MEASURED;
        }
        return metres.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }

    /** Same for a double read from a JSON number; rounding at 1e-6 m first removes binary noise (4.0 stays 4000). */
    public static int millimetres(double metres) {
        return (int) Math.ceil(Math.rint(metres * 1_000_000d) / 1_000d);
    }
}
