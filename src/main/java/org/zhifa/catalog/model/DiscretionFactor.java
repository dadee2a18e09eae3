package org.zhifa.catalog.model;

/**
 * A mitigating or aggravating factor of a benchmark version.
 *
 * @param legalBasis       the article that makes it a factor, e.g. 《行政处罚法》第三十二条第（一）项
 * @param reductionAllowed true only where that article allows 减轻 (below the statutory minimum)
 * @param shiftPercent     how far (in percent of the tier's width) the factor moves the suggested amount
 */
public record DiscretionFactor(int ordinal, String code, String name, FactorDirection direction, FactorEffect effect,
        String legalBasis, boolean reductionAllowed, int shiftPercent) {
}
