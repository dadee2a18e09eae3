package org.zhifa.inspection;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of inspections and patrols ({@code zhifa.inspection.*}).
 *
 * @param creditClasses         the credit scale, best first (A/B/C/D, or the province's scale)
 * @param ratios                share of each credit class drawn by default in a plan (a plan may set its own)
 * @param inspectorsPerObject   inspectors drawn for each object; never fewer than two
 * @param lastInspectionRecusal who is excluded because they inspected the object last time
 * @param repeatWindowDays      the window of the 多头/重复检查 monitor
 * @param repeatLimit           inspections of one object allowed within the window; more are flagged
 * @param publicationWorkingDays results are published within this many working days of the inspection
 * @param keyItemMinRatio       yearly share of objects a key item (重点检查事项) should cover
 * @param generalItemMinRatio   yearly share of objects a general item should cover
 */
@ConfigurationProperties("zhifa.inspection")
public record InspectionProperties(List<String> creditClasses, Map<String, BigDecimal> ratios,
        Integer inspectorsPerObject, LastInspectionRecusal lastInspectionRecusal, Integer repeatWindowDays,
        Integer repeatLimit, Integer publicationWorkingDays, BigDecimal keyItemMinRatio,
        BigDecimal generalItemMinRatio) {

    /** Who inspected an object last time and is therefore not drawn for it again. */
    public enum LastInspectionRecusal {
        /** nobody is excluded */
        NONE("不回避"),
        /** the two inspectors of the last inspection */
        INSPECTORS("上次检查的执法人员回避"),
        /** every inspector of the unit that inspected last time (cross inspections between units) */
        UNIT("上次检查的单位回避");

        private final String label;

        LastInspectionRecusal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public InspectionProperties {
        // issue 15: "A/B/C/D or the province's scale"
        creditClasses = creditClasses == null || creditClasses.isEmpty() ? List.of("A", "B", "C", "D")
                : List.copyOf(creditClasses);
        if (ratios == null || ratios.isEmpty()) {
            // issue 15 example: 1 % of A, 10 % of B, 50 % of C, 80 % of D (差异化抽查, 国发〔2019〕5号)
            ratios = new LinkedHashMap<>();
            ratios.put("A", new BigDecimal("0.01"));
            ratios.put("B", new BigDecimal("0.10"));
            ratios.put("C", new BigDecimal("0.50"));
            ratios.put("D", new BigDecimal("0.80"));
        }
        for (String c : creditClasses) {
            BigDecimal r = ratios.get(c);
            if (r == null || r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalStateException("zhifa.inspection.ratios 缺少信用等级 " + c + " 的抽查比例，或比例不在 0 到 1 之间");
            }
        }
        ratios = Map.copyOf(ratios);
        // 《行政处罚法》第四十二条: at least two officers; a setting may ask for more, never fewer
        inspectorsPerObject = inspectorsPerObject == null ? 2 : inspectorsPerObject;
        if (inspectorsPerObject < 2) {
            throw new IllegalStateException("zhifa.inspection.inspectors-per-object 不得少于 2（《行政处罚法》第四十二条）");
        }
        // issue 15 names "the unit that inspected the object last time"; a county plan whose inspectors all belong to
        // one brigade would find nobody, so the default excludes the two inspectors of that inspection
        lastInspectionRecusal = lastInspectionRecusal == null ? LastInspectionRecusal.INSPECTORS : lastInspectionRecusal;
        repeatWindowDays = repeatWindowDays == null ? 30 : repeatWindowDays; // issue 15: "in 30 days"
        repeatLimit = repeatLimit == null ? 1 : repeatLimit; // more than one inspection in the window is 重复检查
        // 方案 8; 国办发〔2015〕58号: 抽查结果 20 个工作日内公示
        publicationWorkingDays = publicationWorkingDays == null ? 20 : publicationWorkingDays;
        // legal-rules §8 (cfg): key items ≥ 10 % a year, general items ≥ 5 % a year
        keyItemMinRatio = keyItemMinRatio == null ? new BigDecimal("0.10") : keyItemMinRatio;
        generalItemMinRatio = generalItemMinRatio == null ? new BigDecimal("0.05") : generalItemMinRatio;
    }

    public static InspectionProperties defaults() {
        return new InspectionProperties(null, null, null, null, null, null, null, null, null);
    }

    public BigDecimal ratio(String creditClass) {
        return ratios.get(creditClass);
    }
}
