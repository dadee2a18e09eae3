package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.catalog.Fixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.BenchmarkVersionPolicy;
import org.zhifa.catalog.model.DiscretionFactor;
import org.zhifa.catalog.model.FactorDirection;
import org.zhifa.catalog.model.FactorEffect;
import org.zhifa.catalog.model.RecommendationEngine;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;

/** Tier selection, factors and 从旧兼从轻 (处罚法 第三十二条、第三十四条、第三十七条). */
class RecommendationEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 20);
    private final RecommendationEngine engine = new RecommendationEngine(CatalogProperties.defaults());
    private final BenchmarkVersion v1Only = Fixtures.spillV1(null);

    @Test
    void the_first_tier_whose_facts_hold_is_selected_and_the_trail_names_the_condition() {
        Recommendation r = engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 12, "traffic_affected", false)),
                TODAY);
        assertThat(r.tier()).isEqualTo("一般");
        assertThat(r.rangeMinFen()).isEqualTo(1_000_00);
        assertThat(r.rangeMaxFen()).isEqualTo(3_000_00);
        assertThat(r.suggestedFen()).isEqualTo(2_000_00);
        assertThat(r.trail()).anyMatch(l -> l.contains("满足阶次“一般”") && l.contains("污染或损坏面积”=12"));
        assertThat(r.benchmarkVersion().versionNo()).isEqualTo(1);
        assertThat(r.bothVersionsEvaluated()).isFalse();
    }

    @Test
    void the_otherwise_tier_applies_when_no_earlier_condition_holds() {
        Recommendation r = engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 50, "traffic_affected", true)),
                TODAY);
        assertThat(r.tier()).isEqualTo("严重");
        assertThat(r.trail()).anyMatch(l -> l.contains("前列阶次条件均不成立"));
    }

    @Test
    void a_missing_fact_is_asked_for_in_chinese_instead_of_guessing_a_tier() {
        assertThatThrownBy(() -> engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of()), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("污染或损坏面积");
    }

    @Test
    void a_mitigating_factor_lowers_the_amount_within_the_range_per_article_32() {
        Recommendation plain = engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 12, "traffic_affected", false)),
                TODAY);
        Recommendation mitigated = engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 12, "traffic_affected", false),
                "ELIMINATED_HARM"), TODAY);
        assertThat(mitigated.suggestedFen()).isLessThan(plain.suggestedFen());
        assertThat(mitigated.suggestedFen()).isBetween(mitigated.rangeMinFen(), mitigated.rangeMaxFen());
        assertThat(mitigated.suggestedFen()).isEqualTo(1_400_00);
        assertThat(mitigated.trail()).anyMatch(l -> l.contains("从轻情节“主动消除或者减轻危害后果”"));
        assertThat(mitigated.articles()).contains("《行政处罚法》第三十二条第（一）项");
    }

    @Test
    void an_aggravating_factor_raises_the_amount_but_never_above_the_tier() {
        Recommendation r = engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 12, "traffic_affected", false),
                "REPEATED"), TODAY);
        assertThat(r.suggestedFen()).isEqualTo(2_800_00);
        assertThat(r.suggestedFen()).isLessThanOrEqualTo(r.rangeMaxFen());
    }

    @Test
    void below_range_goes_under_the_statutory_minimum_where_the_law_allows_reduction() {
        BenchmarkVersion v = Fixtures.version(21, 1, LocalDate.of(2024, 1, 1), null,
                List.of(Fixtures.fine(1, "一般", "", 200, 2000)));
        Recommendation r = engine.recommend(Fixtures.unqualifiedDriver(), List.of(v), request("DLYS-64",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of(), "COERCED"), TODAY);
        assertThat(r.belowStatutoryMinimum()).isTrue();
        assertThat(r.rangeMaxFen()).isLessThan(200_00);
        assertThat(r.rangeMinFen()).isEqualTo(100_00);
        assertThat(r.trail()).anyMatch(l -> l.contains("法律允许减轻处罚"));
    }

    @Test
    void below_range_is_refused_when_the_factor_basis_does_not_allow_reduction_per_article_32() {
        DiscretionFactor notReducing = new DiscretionFactor(9, "COOPERATIVE", "配合调查",
                FactorDirection.MITIGATING, FactorEffect.BELOW_RANGE, "海西州示范裁量基准", false, 20);
        BenchmarkVersion v = new BenchmarkVersion(22, 1, 1, "测试", LocalDate.of(2024, 1, 1), null, "批准", null, null,
                null, true, "示范", null, List.of(), List.of(Fixtures.fine(1, "一般", "", 200, 2000)),
                List.of(notReducing), "t", null);
        assertThat(BenchmarkVersionPolicy.content(Fixtures.unqualifiedDriver(), v).rejections())
                .anyMatch(rej -> rej.article().equals("《行政处罚法》第三十二条") && rej.message().contains("不允许减轻"));
        Recommendation r = engine.recommend(Fixtures.unqualifiedDriver(), List.of(v), request("DLYS-64",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of(), "COOPERATIVE"), TODAY);
        assertThat(r.belowStatutoryMinimum()).isFalse();
        assertThat(r.suggestedFen()).isGreaterThanOrEqualTo(200_00);
        assertThat(r.trail()).anyMatch(l -> l.contains("不允许减轻处罚，不得低于法定最低限"));
    }

    @Test
    void below_range_cannot_go_under_a_range_that_has_no_minimum() {
        Recommendation r = engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 12, "traffic_affected", false),
                "COERCED"), TODAY);
        assertThat(r.belowStatutoryMinimum()).isFalse();
        assertThat(r.suggestedFen()).isEqualTo(1_000_00);
    }

    @Test
    void old_version_applies_when_the_new_one_is_heavier_per_article_37() {
        List<BenchmarkVersion> both = List.of(Fixtures.spillV1(LocalDate.of(2025, 6, 30)), Fixtures.spillV2());
        Recommendation r = engine.recommend(Fixtures.spillage(), both, request("GLAQ-69", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 8, 1), Map.of("damage_area_m2", 12, "traffic_affected", false)), TODAY);
        assertThat(r.bothVersionsEvaluated()).isTrue();
        assertThat(r.benchmarkVersion().versionNo()).isEqualTo(1);
        assertThat(r.suggestedFen()).isEqualTo(2_000_00);
        assertThat(r.trail()).anyMatch(l -> l.contains("从旧兼从轻") && l.contains("适用违法行为发生时的第1版"));
        assertThat(r.articles()).contains("《行政处罚法》第三十七条");
    }

    @Test
    void new_version_applies_when_it_is_lighter_per_article_37() {
        List<BenchmarkVersion> both = List.of(Fixtures.spillV1(LocalDate.of(2025, 6, 30)), Fixtures.spillV2());
        Recommendation r = engine.recommend(Fixtures.spillage(), both, request("GLAQ-69", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 8, 1), Map.of("damage_area_m2", 3, "traffic_affected", false)), TODAY);
        assertThat(r.bothVersionsEvaluated()).isTrue();
        assertThat(r.benchmarkVersion().versionNo()).isEqualTo(2);
        assertThat(r.suggestedFen()).isEqualTo(250_00);
        assertThat(r.trail()).anyMatch(l -> l.contains("新的基准处罚较轻，适用决定时的第2版"));
    }

    @Test
    void one_version_is_evaluated_when_act_and_decision_fall_in_the_same_version() {
        List<BenchmarkVersion> both = List.of(Fixtures.spillV1(LocalDate.of(2025, 6, 30)), Fixtures.spillV2());
        Recommendation r = engine.recommend(Fixtures.spillage(), both, request("GLAQ-69", LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 9, 1), Map.of("damage_area_m2", 3, "traffic_affected", false)), TODAY);
        assertThat(r.bothVersionsEvaluated()).isFalse();
        assertThat(r.benchmarkVersion().versionNo()).isEqualTo(2);
    }

    @Test
    void over_limit_mass_is_computed_not_chosen_and_factors_do_not_change_it() {
        Recommendation r = engine.recommend(Fixtures.overLimitMass(), List.of(), request("CX-43-M",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("excess_kg", 6000), "ELIMINATED_HARM"), TODAY);
        assertThat(r.suggestedFen()).isEqualTo(3_000_00);
        assertThat(r.rangeMinFen()).isEqualTo(r.rangeMaxFen());
        assertThat(r.trail()).anyMatch(l -> l.contains("情节不改变数额"));
        Recommendation warning = engine.recommend(Fixtures.overLimitMass(), List.of(), request("CX-43-M",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("excess_kg", 1000)), TODAY);
        assertThat(warning.warning()).isTrue();
        assertThat(warning.suggestedFen()).isNull();
    }

    @Test
    void a_party_type_outside_the_penalty_article_is_refused_with_the_article() {
        var v = Fixtures.spillage();
        var onlyOrganisations = new org.zhifa.catalog.model.Violation(v.id(), v.code(), v.name(), v.matterId(),
                v.matterCode(), v.matterName(), v.violatedRef(), v.violatedText(), v.violatedSource(),
                v.violatedVersion(), v.penaltyRef(), v.penaltyText(), v.penaltySource(), v.penaltyVersion(),
                v.penaltyKinds(), v.rangeKind(), v.fineMinFen(), v.fineMaxFen(), v.rangeText(),
                java.util.Set.of(PartyType.ORGANISATION), false, null, false, v.status(), 0);
        assertThatThrownBy(() -> engine.recommend(onlyOrganisations, List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of()), TODAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("公民");
    }

    @Test
    void a_decision_date_before_the_act_is_refused() {
        assertThatThrownBy(() -> engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), Map.of()), TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_number_fact_answered_with_letters_is_refused_naming_the_fact() {
        assertThatThrownBy(() -> engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", "abc", "traffic_affected", false)),
                TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("damage_area_m2", "“污染或损坏面积”须为数值（平方米）"));
    }

    @Test
    void a_fact_the_benchmark_does_not_ask_is_refused() {
        assertThatThrownBy(() -> engine.recommend(Fixtures.spillage(), List.of(v1Only), request("GLAQ-69",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("damage_area_m2", 12, "traffic_affected", false,
                        "area", 12)), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("area"));
    }

    @Test
    void a_vehicle_within_the_limits_of_62_order_article_3_gets_no_fine_recommendation() {
        assertThatThrownBy(() -> engine.recommend(Fixtures.overLimitMass(), List.of(), request("CX-43-M",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), Map.of("excess_kg", 0)), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rejection().article())
                        .isEqualTo(OverLimitDimensionPenalty.LIMITS_ARTICLE));
        var dimension = Fixtures.violation("CX-43-D", org.zhifa.catalog.model.RangeKind.FORMULA_DIMENSION, null, 30_000_00L,
                "按外廓尺寸分档处罚");
        assertThatThrownBy(() -> engine.recommend(dimension, List.of(), request("CX-43-D", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 1), Map.of("height_m", "4", "width_m", "2.55", "length_m", "18.1")), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rejection().article())
                        .isEqualTo(OverLimitDimensionPenalty.LIMITS_ARTICLE));
        assertThat(engine.recommend(dimension, List.of(), request("CX-43-D", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 1), Map.of("height_m", "4.2", "width_m", "2.55", "length_m", "18.1")), TODAY)
                .articles()).contains(OverLimitDimensionPenalty.ARTICLE);
    }
}
