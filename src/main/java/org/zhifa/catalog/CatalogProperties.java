package org.zhifa.catalog;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the enforcement catalogue.
 *
 * @param overlimitPartialTon     how a part-ton of over-limit mass counts (legal-rules §5 cfg)
 * @param exemptionLookback       look-back window for "first offence" in the exemption list (legal-rules §4 cfg)
 * @param reductionFloorPercent   where 减轻处罚 applies (处罚法 第三十二条), the recommended range runs from this
 *                                percentage of the statutory minimum up to just below it; the Qinghai benchmark's
 *                                own rule for 减轻 is not available, so this is a setting
 * @param usageYears              years covered by the usage report (方案 28: "五年未使用")
 */
@ConfigurationProperties("zhifa.catalog")
public record CatalogProperties(PartTonCounting overlimitPartialTon, Period exemptionLookback,
        Integer reductionFloorPercent, Integer usageYears) {

    public CatalogProperties {
        if (overlimitPartialTon == null) {
            overlimitPartialTon = PartTonCounting.FULL_UNITS_ONLY; // legal-rules §5 cfg: only full 1,000 kg units
        }
        if (exemptionLookback == null) {
            exemptionLookback = Period.ofYears(1); // legal-rules §4 cfg: first offence within 1 year
        }
        if (reductionFloorPercent == null) {
            reductionFloorPercent = 50; // demonstration default, see @param
        }
        if (usageYears == null) {
            usageYears = 5; // 方案 28: matters unused for five years are cleanup candidates
        }
    }

    public static CatalogProperties defaults() {
        return new CatalogProperties(null, null, null, null);
    }
}
