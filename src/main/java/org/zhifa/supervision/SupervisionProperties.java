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
 * @param complaintDays        days from acceptance to the reply for complaints handled like 信访 matters (default 60:
 *                             《信访工作条例》第三十二条, 60 days from acceptance)
 * @param greenChannelWorkingDays working days for complaints of private enterprises (绿色通道, 方案 31 asks for a
 *                             shorter deadline without naming one; default 15, to be set by the bureau)
 * @param staleCaseDays        an open case without a step for this many days is an alert (default 30, a setting of the
 *                             bureau)
 * @param repeatedReturns      a case returned by legal review this many times is an alert (default 2)
 * @param appraisalWeights     weights of the yearly appraisal (评议考核): enforcement (case-file evaluation scores),
 *                             supervision (complaints: satisfaction of those followed up), complaints (complaints
 *                             accepted about the unit), rules (training hours against the target), usage (the system
 *                             usage rate, 方案第33条). Default 60 / 10 / 10 / 10 / 10: the example of issue 16 (执法 60,
 *                             监督 20, 制度 20) with 监督 split between satisfaction and complaints and 制度 between
 *                             training and usage; the bureau sets them.
 * @param appraisalComplaintPoints points the complaints component loses per complaint accepted about the unit in the
 *                             year, from 100 down to 0 (default 5, a setting of the bureau: the plan names none)
 */
@ConfigurationProperties("zhifa.supervision")
public record SupervisionProperties(String scoreSheet, Integer perCategoryMinimum, Integer rectificationWorkingDays,
        Integer complaintDays, Integer greenChannelWorkingDays, Integer staleCaseDays, Integer repeatedReturns,
        java.util.Map<String, Integer> appraisalWeights, java.math.BigDecimal discretionFactor,
        Integer discretionMinimum, Integer discretionWindowDays, java.math.BigDecimal appraisalComplaintPoints) {

    /** The components of the appraisal, in the order shown. */
    public static final java.util.List<String> APPRAISAL_COMPONENTS =
            java.util.List.of("enforcement", "supervision", "complaints", "rules", "usage");

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
        if (complaintDays == null) {
            complaintDays = 60;
        }
        if (greenChannelWorkingDays == null) {
            greenChannelWorkingDays = 15;
        }
        if (discretionFactor == null) {
            discretionFactor = java.math.BigDecimal.valueOf(2);
        }
        if (discretionMinimum == null) {
            discretionMinimum = 10;
        }
        if (discretionWindowDays == null) {
            discretionWindowDays = 365;
        }
        if (discretionFactor.compareTo(java.math.BigDecimal.ONE) <= 0 || discretionMinimum < 1 || discretionWindowDays < 1) {
            throw new IllegalArgumentException("zhifa.supervision: discretion-factor must exceed 1, discretion-minimum "
                    + "and discretion-window-days must be at least 1");
        }
        if (appraisalWeights == null || appraisalWeights.isEmpty()) {
            appraisalWeights = java.util.Map.of("enforcement", 60, "supervision", 10, "complaints", 10, "rules", 10,
                    "usage", 10);
        }
        for (String k : appraisalWeights.keySet()) {
            if (!APPRAISAL_COMPONENTS.contains(k) || appraisalWeights.get(k) == null || appraisalWeights.get(k) < 0) {
                throw new IllegalArgumentException("zhifa.supervision.appraisal-weights: enforcement, supervision, "
                        + "complaints, rules and usage, each at least 0");
            }
        }
        if (appraisalComplaintPoints == null) {
            appraisalComplaintPoints = java.math.BigDecimal.valueOf(5);
        }
        if (appraisalComplaintPoints.signum() < 0) {
            throw new IllegalArgumentException("zhifa.supervision.appraisal-complaint-points must be at least 0");
        }
        appraisalWeights = java.util.Map.copyOf(appraisalWeights);
        if (staleCaseDays == null) {
            staleCaseDays = 30;
        }
        if (repeatedReturns == null) {
            repeatedReturns = 2;
        }
        if (staleCaseDays < 1 || repeatedReturns < 1) {
            throw new IllegalArgumentException("zhifa.supervision: stale-case-days and repeated-returns must be at least 1");
        }
        if (complaintDays < 1 || greenChannelWorkingDays < 1) {
            throw new IllegalArgumentException("zhifa.supervision: complaint-days and green-channel-working-days must be at least 1");
        }
        if (perCategoryMinimum < 1 || rectificationWorkingDays < 1) {
            throw new IllegalArgumentException("zhifa.supervision: per-category-minimum and rectification-working-days must be at least 1");
        }
    }
}
