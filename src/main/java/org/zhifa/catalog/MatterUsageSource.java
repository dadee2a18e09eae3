package org.zhifa.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * Case counts per enforcement matter and year, for the usage report (方案 28: matters unused for five years are
 * candidates for cancellation). The cases module implements it; while no bean implements it the report says that
 * case data is not available instead of showing counts.
 */
public interface MatterUsageSource {

    /**
     * @param matterCodes the matters asked about
     * @param fromYear    first year, inclusive
     * @param toYear      last year, inclusive
     * @return matter code → (year → number of cases); missing entries mean zero
     */
    Map<String, Map<Integer, Long>> casesPerYear(Collection<String> matterCodes, int fromYear, int toYear);
}
