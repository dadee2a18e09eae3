package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.nonsite.OverLimitJudge.NOT_MEASURED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhifa.catalog.OverLimitMassPenalty;
import org.zhifa.catalog.PartTonCounting;

class OverLimitJudgeTest {

    private final OverLimitJudge judge = new OverLimitJudge(new OverLimitMassPenalty(PartTonCounting.FULL_UNITS_ONLY));

    private static VehicleMeasurement mass(int axles, boolean combination, int grossKg) {
        return new VehicleMeasurement(axles, combination, false, 0, grossKg, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, 0);
    }

    @ParameterizedTest(name = "{0} 轴 {1}: 限值 {2} 千克")
    @CsvSource({
        "2, false, 18000", "2, true, 18000",
        "3, false, 25000", "3, true, 27000",
        "4, false, 31000", "4, true, 36000",
        "5, true, 43000",
        "6, true, 49000", "7, true, 49000", "8, true, 49000"})
    void every_row_of_the_limit_table_of_article_3(int axles, boolean combination, int limit) {
        assertThat(OverLimitJudge.massLimitKg(axles, combination, false, 0)).isEqualTo(limit);
        assertThat(judge.judge(mass(axles, combination, limit)).overLimit()).as("at the limit").isFalse();
        OverLimitVerdict over = judge.judge(mass(axles, combination, limit + 1));
        assertThat(over.overLimit()).isTrue();
        assertThat(over.excessKg()).isEqualTo(1);
        assertThat(over.articles()).anyMatch(a -> a.startsWith(OverLimitJudge.ART_3));
    }

    @Test
    void six_axle_combination_with_a_single_drive_axle_is_limited_to_46000_kg_per_article_3_item_8() {
        assertThat(OverLimitJudge.massLimitKg(6, true, true, 0)).isEqualTo(46_000);
        var v = judge.judge(new VehicleMeasurement(6, true, true, 0, 47_500, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, 0));
        assertThat(v.massLimitKg()).isEqualTo(46_000);
        assertThat(v.excessKg()).isEqualTo(1_500);
        assertThat(v.articles()).contains(OverLimitJudge.ART_3 + "第（八）项");
    }

    @Test
    void each_non_drive_axle_with_single_tyres_lowers_the_limit_by_3000_kg_per_article_3_paragraph_2() {
        assertThat(OverLimitJudge.massLimitKg(3, false, false, 1)).isEqualTo(22_000);
        assertThat(OverLimitJudge.massLimitKg(6, true, false, 2)).isEqualTo(43_000);
        var v = judge.judge(new VehicleMeasurement(2, false, false, 1, 16_000, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, 0));
        assertThat(v.massLimitKg()).isEqualTo(15_000);
        assertThat(v.excessKg()).isEqualTo(1_000);
        assertThat(v.articles()).contains(OverLimitJudge.SINGLE_TYRE_ARTICLE);
    }

    @Test
    void the_device_tolerance_is_deducted_before_judging() {
        int tolerance = OverLimitJudge.toleranceKg(51_000, 500); // class 5: ±5 %
        assertThat(tolerance).isEqualTo(2_550);
        var within = judge.judge(new VehicleMeasurement(6, true, false, 0, 51_000, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, tolerance));
        assertThat(within.overLimit()).isFalse();
        int t2 = OverLimitJudge.toleranceKg(60_000, 500);
        var over = judge.judge(new VehicleMeasurement(6, true, false, 0, 60_000, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, t2));
        assertThat(over.excessKg()).isEqualTo(60_000 - 3_000 - 49_000);
        assertThat(over.toleranceKg()).isEqualTo(3_000);
        assertThat(NonSiteProperties.defaults().toleranceBasisPoints(5)).isEqualTo(500);
        assertThat(NonSiteProperties.defaults().toleranceBasisPoints(null)).isEqualTo(500);
    }

    @Test
    void an_excess_of_1000_kg_gets_only_a_warning_per_article_43() {
        var v = judge.judge(mass(6, true, 50_000));
        assertThat(v.overLimit()).isTrue();
        assertThat(v.warning()).isTrue();
        assertThat(v.minFineFen()).isZero();
        assertThat(v.maxFineFen()).isZero();
    }

    @Test
    void an_excess_of_1001_kg_is_fined_500_yuan_per_article_43() {
        var v = judge.judge(mass(6, true, 50_001));
        assertThat(v.warning()).isFalse();
        assertThat(v.minFineFen()).isEqualTo(500_00);
        assertThat(v.maxFineFen()).isEqualTo(500_00);
        assertThat(v.articles()).contains(OverLimitMassPenalty.ARTICLE);
    }

    @Test
    void an_excess_of_6000_kg_is_fined_3000_yuan_per_article_43() {
        var v = judge.judge(mass(6, true, 55_000));
        assertThat(v.excessKg()).isEqualTo(6_000);
        assertThat(v.minFineFen()).isEqualTo(3_000_00);
        assertThat(v.maxFineFen()).isEqualTo(3_000_00);
    }

    @Test
    void an_excess_of_70000_kg_is_capped_at_30000_yuan_per_article_43() {
        var v = judge.judge(mass(6, true, 119_000));
        assertThat(v.excessKg()).isEqualTo(70_000);
        assertThat(v.maxFineFen()).isEqualTo(30_000_00);
    }

    @ParameterizedTest(name = "{0}×{1}×{2} m → {3}–{4} 元")
    @CsvSource({
        "4.1, 2.5, 18.0, 0, 200",
        "4.0, 2.9, 18.0, 0, 200",
        "4.0, 2.5, 19.9, 0, 200",
        "4.3, 2.5, 18.0, 200, 1000",
        "4.0, 3.5, 18.0, 200, 1000",
        "4.0, 2.5, 27.0, 200, 1000",
        "4.6, 2.5, 18.0, 1000, 3000",
        "4.0, 3.8, 18.0, 1000, 3000",
        "4.0, 2.5, 28.5, 1000, 3000"})
    void dimension_tiers_of_article_43_item_1(String h, String w, String l, long minYuan, long maxYuan) {
        var v = judge.judge(new VehicleMeasurement(2, false, false, 0, NOT_MEASURED,
                OverLimitJudge.millimetres(new java.math.BigDecimal(h)), OverLimitJudge.millimetres(new java.math.BigDecimal(w)),
                OverLimitJudge.millimetres(new java.math.BigDecimal(l)), 0));
        assertThat(v.overLimit()).isTrue();
        assertThat(v.dimensionsOver()).isNotEmpty();
        assertThat(v.minFineFen()).isEqualTo(minYuan * 100);
        assertThat(v.maxFineFen()).isEqualTo(maxYuan * 100);
    }

    @Test
    void dimensions_at_their_limit_are_not_over_per_article_3() {
        assertThat(OverLimitJudge.dimensionsOverMask(4_000, 2_550, 18_100)).isZero();
        assertThat(OverLimitJudge.millimetres(4.0)).isEqualTo(4_000);
        assertThat(OverLimitJudge.millimetres(4.0001)).isEqualTo(4_001);
        assertThat(OverLimitJudge.millimetres(2.55)).isEqualTo(2_550);
        assertThat(OverLimitJudge.dimensionsOverMask(4_001, 2_551, 18_101)).isEqualTo(7);
    }

    @Test
    void several_violations_add_up_but_the_total_is_capped_at_30000_yuan_per_article_43_paragraph_2() {
        var both = judge.judge(new VehicleMeasurement(6, true, false, 0, 55_000, 4_600, NOT_MEASURED, NOT_MEASURED, 0));
        assertThat(both.minFineFen()).isEqualTo(4_000_00);
        assertThat(both.maxFineFen()).isEqualTo(6_000_00);
        assertThat(both.articles()).contains(OverLimitMassPenalty.CUMULATIVE_ARTICLE);
        var capped = judge.judge(new VehicleMeasurement(6, true, false, 0, 108_000, 4_600, NOT_MEASURED, NOT_MEASURED, 0));
        assertThat(capped.excessKg()).isEqualTo(59_000);
        assertThat(capped.minFineFen()).isEqualTo(30_000_00);
        assertThat(capped.maxFineFen()).isEqualTo(30_000_00);
    }

    @Test
    void a_measurement_that_cannot_be_judged_is_refused_with_a_reason() {
        assertThatThrownBy(() -> judge.judge(mass(1, false, 10_000))).hasMessageContaining("轴数");
        assertThatThrownBy(() -> judge.judge(new VehicleMeasurement(2, false, false, 2, 10_000, NOT_MEASURED,
                NOT_MEASURED, NOT_MEASURED, 0))).hasMessageContaining("单轮胎");
    }
}
