package org.zhifa.cases.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the penalty procedure (legal-rules §3, §7; "cfg" there). Amounts in fen, periods in days.
 *
 * @param statementWorkingDays         陈述申辩 window after the notice is served
 * @param hearingCitizenFen            较大数额罚款 for a citizen (hearing right, Art. 63)
 * @param hearingOrganisationFen       较大数额罚款 for an organisation
 * @param hearingRequestWorkingDays    request window after the notice
 * @param hearingNoticeWorkingDays     hearing notice served at least this many working days before the hearing
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
 * @param lateEntryDays                a step entered more than this many days after the act is marked 补录 and needs
 *                                     the reason
 * @param units                        per unit code (an org unit's code; a unit without an entry uses the nearest
 *                                     unit above it that has one): the remedies its decisions state and where its
 *                                     major decisions are filed
 */
@ConfigurationProperties("zhifa.cases")
public record CaseProperties(Integer statementWorkingDays, Long hearingCitizenFen, Long hearingOrganisationFen,
        Integer hearingRequestWorkingDays, Integer hearingNoticeWorkingDays, Integer filingDecisionDays,
        Integer caseLimitDays, Integer extensionDays, Integer majorFilingWorkingDays, Long simplifiedCitizenMaxFen,
        Long simplifiedOrganisationMaxFen, Long onSpotCollectionMaxFen, Integer limitationYears,
        Integer limitationYearsSerious, Boolean legalReviewOutsideRange, Integer listCountCap,
        Integer maxConcurrentSteps, Integer lateEntryDays, Map<String, Unit> units) {

    /**
     * What a unit's decisions state and where they are filed.
     *
     * @param reconsiderationBody the people's government at the unit's level (行政复议法 (2023) 第二十四条)
     * @param court               the court for administrative litigation; empty: "人民法院" without a name
     * @param justiceBureau       the justice bureau at the same level that receives major-decision filings (方案 21)
     */
    public record Unit(String reconsiderationBody, String court, String justiceBureau) {
    }

    public CaseProperties {
        statementWorkingDays = or(statementWorkingDays, 3); // 处罚法 第四十五条, legal-rules §3 (cfg): 3 个工作日
        hearingCitizenFen = or(hearingCitizenFen, 5_000_00L); // 处罚法 第六十三条 较大数额, legal-rules §3 (cfg)
        hearingOrganisationFen = or(hearingOrganisationFen, 50_000_00L); // 同上, 法人或其他组织
        hearingRequestWorkingDays = or(hearingRequestWorkingDays, 5); // 处罚法 第六十四条第（一）项: 告知后五日内
        hearingNoticeWorkingDays = or(hearingNoticeWorkingDays, 7); // 处罚法 第六十四条第（二）项: 举行听证的七日前
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
        lateEntryDays = or(lateEntryDays, 3); // 办案记录及时性：行为发生 3 日后录入的记为补录并须说明理由（cfg）
        units = normalised(units == null ? defaultUnits() : units);
    }

    public static CaseProperties defaults() {
        return new CaseProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** The settings of the unit with this code, if any (codes compare case-insensitively). */
    public Unit unit(String code) {
        return code == null ? null : units.get(code.toUpperCase(Locale.ROOT));
    }

    /**
     * The seeded units: 行政复议法 (2023) 第二十四条 — the people's government at the level of each county bureau (and of
     * the prefecture bureau); the same-level justice bureau for filings (方案 21). To be confirmed by each unit (cfg).
     */
    private static Map<String, Unit> defaultUnits() {
        Map<String, Unit> m = new LinkedHashMap<>();
        m.put("HX", new Unit("海西蒙古族藏族自治州人民政府", null, "海西蒙古族藏族自治州司法局"));
        m.put("DLH", new Unit("德令哈市人民政府", null, "德令哈市司法局"));
        m.put("GEM", new Unit("格尔木市人民政府", null, "格尔木市司法局"));
        m.put("MY", new Unit("茫崖市人民政府", null, "茫崖市司法局"));
        m.put("WL", new Unit("乌兰县人民政府", null, "乌兰县司法局"));
        m.put("DL", new Unit("都兰县人民政府", null, "都兰县司法局"));
        m.put("TJ", new Unit("天峻县人民政府", null, "天峻县司法局"));
        m.put("DCD", new Unit("海西州大柴旦行政委员会", null, "大柴旦行政委员会司法局"));
        return m;
    }

    private static Map<String, Unit> normalised(Map<String, Unit> units) {
        Map<String, Unit> m = new LinkedHashMap<>();
        units.forEach((k, v) -> m.put(k.toUpperCase(Locale.ROOT), v));
        return Map.copyOf(m);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
