package org.zhifa.reporting;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reporting module.
 *
 * @param dueDay            day of the next month by which a monthly report must be submitted
 * @param draftCron         when the monthly reports of the previous month are drafted
 * @param columnMap         a file replacing the built-in column map of the provincial Excel layout (empty: built in)
 * @param reportingUnitKinds the kinds of unit that submit a monthly report (each covers itself and its subordinates)
 * @param yearlyDue         the day of the next year by which the yearly data is published and the work report made
 * @param usageTargetPercent the usage rate a unit must reach
 * @param usageDefinition   how the usage rate is computed; printed with every figure
 */
@ConfigurationProperties("zhifa.reporting")
public record ReportingProperties(Integer dueDay, String draftCron, String columnMap, List<String> reportingUnitKinds,
        MonthDay yearlyDue, BigDecimal usageTargetPercent, UsageDefinition usageDefinition) {

    public ReportingProperties {
        if (dueDay == null) {
            dueDay = 5; // 方案第9条：每月5日前填报上月数据
        }
        if (draftCron == null || draftCron.isBlank()) {
            draftCron = "0 10 0 1 * *"; // 每月1日 00:10 起草上月报表
        }
        if (reportingUnitKinds == null || reportingUnitKinds.isEmpty()) {
            reportingUnitKinds = List.of("COUNTY_BUREAU"); // 方案第9条：各地交通运输主管部门填报
        }
        if (yearlyDue == null) {
            yearlyDue = MonthDay.of(1, 31); // 方案第9、10条：每年1月底前
        }
        if (usageTargetPercent == null) {
            usageTargetPercent = new BigDecimal("90"); // 方案第33条：系统使用率达到90%以上
        }
        if (usageDefinition == null) {
            usageDefinition = UsageDefinition.CASES_AND_OFFICERS;
        }
    }

    /** The usage rate's definition (方案第33条 does not define it; the unit chooses and the text is printed). */
    public enum UsageDefinition {
        /** the lower of the two rates: cases handled in zhifa, officers active in zhifa */
        CASES_AND_OFFICERS("使用率取两项中较低者：①系统内办理案件数 ÷ 单位全部案件数（系统内案件数与纸质登记数之和）；"
                + "②当月在系统内有操作记录的在岗执法人员数 ÷ 在岗执法人员数"),
        /** cases handled in zhifa only */
        CASES("使用率＝系统内办理案件数 ÷ 单位全部案件数（系统内案件数与纸质登记数之和）"),
        /** officers active only */
        OFFICERS("使用率＝当月在系统内有操作记录的在岗执法人员数 ÷ 在岗执法人员数");

        private final String text;

        UsageDefinition(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
