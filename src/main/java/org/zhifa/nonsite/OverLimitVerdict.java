package org.zhifa.nonsite;

import java.util.List;

/**
 * The judgement of one passage (62号令 第三条、第四十三条).
 *
 * @param overLimit     any limit exceeded after the tolerance
 * @param massLimitKg   the applicable gross-mass limit (0 when mass was not judged)
 * @param toleranceKg   tolerance deducted from the measured mass
 * @param excessKg      measured mass − tolerance − limit, 0 when not over
 * @param dimensionsOver dimensions over their limit
 * @param warning       the only mass consequence is a warning (excess ≤ 1,000 kg)
 * @param minFineFen    lower end of the fine range (mass fine + dimension band minimum, capped)
 * @param maxFineFen    upper end of the fine range (capped at 30,000 yuan)
 * @param articles      the provisions applied
 * @param reasons       the steps of the judgement in Chinese
 */
public record OverLimitVerdict(boolean overLimit, int massLimitKg, int toleranceKg, int excessKg,
        List<Dimension> dimensionsOver, boolean warning, long minFineFen, long maxFineFen, List<String> articles,
        List<String> reasons) {

    public OverLimitVerdict {
        dimensionsOver = List.copyOf(dimensionsOver);
        articles = List.copyOf(articles);
        reasons = List.copyOf(reasons);
    }
}
