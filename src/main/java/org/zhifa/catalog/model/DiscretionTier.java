package org.zhifa.catalog.model;

import java.math.BigDecimal;

/**
 * A tier of circumstances (e.g. 轻微/一般/较重/严重) with its plain-language condition, the structured condition
 * over named facts that selects it, and its range.
 *
 * @param conditionExpr structured condition, e.g. {@code first_offence = true; excess_ratio_pct <= 10}; empty
 *                      means "otherwise" (the tier applies when no earlier tier does)
 * @param multipleFact  for FINE_MULTIPLE: the fact (in yuan) the multiples apply to, e.g. {@code illegal_gain_yuan}
 */
public record DiscretionTier(int ordinal, String name, String conditionText, String conditionExpr,
        TierSanction sanction, Long minFen, Long maxFen, String multipleFact, BigDecimal minMultiple,
        BigDecimal maxMultiple, String otherMeasures) {

    public DiscretionTier {
        conditionExpr = conditionExpr == null ? "" : conditionExpr.trim();
    }

    public TierCondition condition() {
        return TierCondition.parse(conditionExpr);
    }

    /** The range in words, e.g. "500元至2000元", "警告", "违法所得1至5倍". */
    public String rangeText() {
        if (sanction == TierSanction.WARNING) {
            return "警告";
        }
        if (sanction == TierSanction.FINE && minFen != null && maxFen != null) {
            return org.zhifa.catalog.Money.yuan(minFen) + "元至" + org.zhifa.catalog.Money.yuan(maxFen) + "元";
        }
        if (sanction == TierSanction.FINE_MULTIPLE && minMultiple != null && maxMultiple != null) {
            // the fact is named as the benchmark names it (违法所得), never by its key
            return (multipleFact != null && multipleFact.startsWith("illegal_gain") ? "违法所得" : "计罚基数") + "的 "
                    + minMultiple.stripTrailingZeros().toPlainString() + "～"
                    + maxMultiple.stripTrailingZeros().toPlainString() + " 倍";
        }
        return otherMeasures == null ? sanction.label() : otherMeasures;
    }
}
