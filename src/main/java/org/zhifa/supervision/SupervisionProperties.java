package org.zhifa.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of supervision ({@code zhifa.supervision.*}).
 *
 * @param scoreSheet           the score sheet used by new campaigns: a classpath or file resource in the format of
 *                             {@code supervision/sheets/demo-2026.json}. Default: the demonstration sheet shipped with
 *                             zhifa, which says it is one; the province's or prefecture's sheet replaces it.
 * @param perCategoryMinimum   files drawn per category of case, or all where fewer (方案 5: 每类不少于10卷)
 * @param rectificationWorkingDays working days the handling unit has to reply to a rectification task (default 15,
 *                             a setting of the supervision bureau: the plan names no period)
 */
@ConfigurationProperties("zhifa.supervision")
public record SupervisionProperties(String scoreSheet, Integer perCategoryMinimum, Integer rectificationWorkingDays) {

    public SupervisionProperties {
        if (scoreSheet == null || scoreSheet.isBlank()) {
            scoreSheet = "classpath:supervision/sheets/demo-2026.json";
        }
        if (perCategoryMinimum == null) {
            perCategoryMinimum = 10;
        }
        if (rectificationWorkingDays == null) {
            rectificationWorkingDays = 15;
        }
        if (perCategoryMinimum < 1 || rectificationWorkingDays < 1) {
            throw new IllegalArgumentException("zhifa.supervision: per-category-minimum and rectification-working-days must be at least 1");
        }
    }
}
