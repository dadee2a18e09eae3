package org.zhifa.cases.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the penalty procedure (legal-rules §3, §7; "cfg" there). Amounts in fen, periods in days.
 *
 * @param statementWorkingDays         陈述申辩 window after the notice is served
 * @param hearingCitizenFen            较大数额罚款 for a citizen (hearing right, Art. 63)
 * @param hearingOrganisationFen       较大数额罚款 for an organisation
 * @param hearingRequestWorkingDays    request window after the notice
 * @param hearingNoticeWorkingDays     hearing notice at least this many working days before the hearing
 * @param filingDecisionDays           decide whether to file within this many days of discovery
 * @param caseLimitDays                decision within this many days of filing
 * @param extensionDays                one extension by the head adds at most this many days
 * @param majorFilingWorkingDays       备案 of major decisions within this many working days
 * @param simplifiedCitizenMaxFen      simplified procedure fine limit, citizen
 * @param simplifiedOrganisationMaxFen simplified procedure fine limit, organisation
 * @param onSpotCollectionMaxFen       on-the-spot collection allowed up to this fine
 * @param limitationYears              limitation, general
 * @param limitationYearsSerious       limitation for life/health/financial safety with harm
 * @param legalReviewOutsideRange      an amount outside the discretion range needs legal review
 * @param listCountCap                 list counts are exact up to this number, then reported as "more than"
 * @param maxConcurrentSteps           procedure steps running at once (each may hold two pooled connections)
 */
@ConfigurationProperties("zhifa.cases")
public record CaseProperties(Integer statementWorkingDays, Long hearingCitizenFen, Long hearingOrganisationFen,
        Integer hearingRequestWorkingDays, Integer hearingNoticeWorkingDays, Integer filingDecisionDays,
        Integer caseLimitDays, Integer extensionDays, Integer majorFilingWorkingDays, Long simplifiedCitizenMaxFen,
        Long simplifiedOrganisationMaxFen, Long onSpotCollectionMaxFen, Integer limitationYears,
        Integer limitationYearsSerious, Boolean legalReviewOutsideRange, Integer listCountCap,
        Integer maxConcurrentSteps) {

    public CaseProperties {
        statementWorkingDays = or(statementWorkingDays, 3); // 处罚法 第四十五条, legal-rules §3 (cfg): 3 个工作日
        hearingCitizenFen = or(hearingCitizenFen, 5_000_00L); // 处罚法 第六十三条 较大数额, legal-rules §3 (cfg)
        hearingOrganisationFen = or(hearingOrganisationFen, 50_000_00L); // 同上, 法人或其他组织
        hearingRequestWorkingDays = or(hearingRequestWorkingDays, 5); // 处罚法 第六十四条: 告知后五日内
        hearingNoticeWorkingDays = or(hearingNoticeWorkingDays, 7); // 处罚法 第六十四条: 举行听证七日前
        filingDecisionDays = or(filingDecisionDays, 7); // 程序规定 第六十二条, legal-rules §3 (cfg)
        caseLimitDays = or(caseLimitDays, 90); // 处罚法 第六十条
        extensionDays = or(extensionDays, 30); // legal-rules §3 (cfg): 负责人批准可延长 30 日
        majorFilingWorkingDays = or(majorFilingWorkingDays, 5); // 方案 21 (cfg): 5 个工作日
        simplifiedCitizenMaxFen = or(simplifiedCitizenMaxFen, 200_00L); // 处罚法 第五十一条
        simplifiedOrganisationMaxFen = or(simplifiedOrganisationMaxFen, 3_000_00L); // 处罚法 第五十一条
        onSpotCollectionMaxFen = or(onSpotCollectionMaxFen, 100_00L); // 处罚法 第六十八条
        limitationYears = or(limitationYears, 2); // 处罚法 第三十六条
        limitationYearsSerious = or(limitationYearsSerious, 5); // 处罚法 第三十六条
        legalReviewOutsideRange = legalReviewOutsideRange == null || legalReviewOutsideRange; // issue 5: 单位目录
        listCountCap = or(listCountCap, 10_000); // 大于此数的列表只显示“超过 10000 条”，避免每页全表计数
        maxConcurrentSteps = or(maxConcurrentSteps, 8); // below half of the 20 pooled connections (ZhifaDataSourceConfiguration)
    }

    public static CaseProperties defaults() {
        return new CaseProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
