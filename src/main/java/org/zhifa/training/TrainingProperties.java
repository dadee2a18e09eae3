package org.zhifa.training;

import java.math.BigDecimal;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the training module.
 *
 * @param annualTargetHours hours of legal, business and skills training per officer per year
 * @param planDue           the day each year by which the annual training plan must be made
 * @param examPassScore     score from which an exam counts as passed when the sheet does not say
 */
@ConfigurationProperties("zhifa.training")
public record TrainingProperties(BigDecimal annualTargetHours, MonthDay planDue, BigDecimal examPassScore) {

    public TrainingProperties {
        if (annualTargetHours == null) {
            annualTargetHours = new BigDecimal("60"); // 方案第2条：每人每年不少于60学时
        }
        if (planDue == null) {
            planDue = MonthDay.of(3, 31); // 方案第1–3条：每年3月底前（第一季度）制定计划
        }
        if (examPassScore == null) {
            examPassScore = new BigDecimal("60"); // 常用百分制合格线
        }
    }
}
