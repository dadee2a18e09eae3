package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.zhifa.common.PolicyDecision;
import org.zhifa.training.internal.LedgerLine;
import org.zhifa.training.internal.PlanDeadline;
import org.zhifa.training.internal.TrainingHours;
import org.zhifa.training.internal.TrainingTargetPolicy;

/** 方案第2条: ≥ 60 hours of legal, business and skills training per officer per year, political education apart. */
class TrainingTargetPolicyTest {

    static final BigDecimal SIXTY = new BigDecimal("60");

    static BigDecimal h(String v) {
        return new BigDecimal(v);
    }

    @Test
    void the_60_hour_target_excludes_political_hours_per_plan_item_2() {
        TrainingHours hours = new TrainingHours(h("20"), h("10"), h("10"), h("40"));
        assertThat(hours.counted()).isEqualByComparingTo("40");
        PolicyDecision d = TrainingTargetPolicy.check(hours, SIXTY);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections().get(0).text()).contains("尚缺 20 学时").contains("政治理论学习不计入").contains("方案第2条");
    }

    @Test
    void legal_business_and_skills_hours_together_meet_the_target() {
        TrainingHours hours = TrainingHours.NONE.plus(TrainingCategory.LEGAL, h("24"))
                .plus(TrainingCategory.BUSINESS, h("16")).plus(TrainingCategory.SKILLS, h("20"));
        assertThat(TrainingTargetPolicy.check(hours, SIXTY).isAllowed()).isTrue();
        assertThat(TrainingTargetPolicy.missing(hours, SIXTY)).isEqualByComparingTo("0");
    }

    @Test
    void half_hours_count_exactly() {
        TrainingHours hours = new TrainingHours(h("59.5"), null, null, null);
        assertThat(TrainingTargetPolicy.missing(hours, SIXTY)).isEqualByComparingTo("0.5");
        assertThat(TrainingTargetPolicy.percent(hours, SIXTY)).isEqualTo(99);
    }

    @Test
    void a_ledger_line_shows_the_hours_missing_and_never_more_than_100_percent() {
        LedgerLine below = new LedgerLine(1, "甲", 11, "德令哈", new TrainingHours(h("30"), null, null, h("50")), SIXTY);
        assertThat(below.belowTarget()).isTrue();
        assertThat(below.missing()).isEqualByComparingTo("30");
        LedgerLine above = new LedgerLine(2, "乙", 11, "德令哈", new TrainingHours(h("90"), null, null, null), SIXTY);
        assertThat(above.belowTarget()).isFalse();
        assertThat(above.percent()).isEqualTo(100);
    }

    @Test
    void only_political_training_does_not_count() {
        assertThat(TrainingCategory.POLITICAL.countsTowardTarget()).isFalse();
        assertThat(TrainingCategory.LEGAL.countsTowardTarget()).isTrue();
        assertThat(TrainingCategory.BUSINESS.countsTowardTarget()).isTrue();
        assertThat(TrainingCategory.SKILLS.countsTowardTarget()).isTrue();
    }

    @Test
    void the_annual_plan_is_overdue_after_31_march_per_plan_item_2() {
        MonthDay due = MonthDay.of(3, 31);
        assertThat(PlanDeadline.overdue(2025, due, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(PlanDeadline.overdue(2025, due, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(PlanDeadline.overdue(2025, due, null, LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(PlanDeadline.overdue(2025, due, null, LocalDate.of(2025, 4, 1))).isTrue();
    }
}
