package org.zhifa.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.DiscretionFactor;
import org.zhifa.catalog.model.DiscretionTier;
import org.zhifa.catalog.model.FactDefinition;
import org.zhifa.catalog.model.FactType;
import org.zhifa.catalog.model.FactorDirection;
import org.zhifa.catalog.model.FactorEffect;
import org.zhifa.catalog.model.RangeKind;
import org.zhifa.catalog.model.TierSanction;
import org.zhifa.catalog.model.Violation;

/** Violations and benchmark versions for the rule tests, shaped like the seeded ones. */
final class Fixtures {

    private Fixtures() {
    }

    /** 条例 第六十九条: 处5000元以下的罚款 (no statutory minimum). */
    static Violation spillage() {
        return violation("GLAQ-69", RangeKind.FIXED, 0L, 5_000_00L, "处5000元以下的罚款");
    }

    /** 道路运输条例 第六十四条: 处200元以上2000元以下的罚款 (has a minimum, so 减轻 is possible). */
    static Violation unqualifiedDriver() {
        return violation("DLYS-64", RangeKind.FIXED, 200_00L, 2_000_00L, "处200元以上2000元以下的罚款");
    }

    static Violation overLimitMass() {
        return violation("CX-43-M", RangeKind.FORMULA_MASS, null, 30_000_00L, "超过1000千克的，每超1000千克罚款500元，最高不得超过30000元");
    }

    static Violation violation(String code, RangeKind kind, Long min, Long max, String rangeText) {
        return new Violation(1, code, "测试违法行为 " + code, 1, "M-1", "测试事项", "违法条款", "违法条款原文", "来源",
                "版本", "处罚依据条款", "处罚依据原文", "来源", "版本", Set.of(PenaltyKind.FINE), kind, min, max,
                rangeText, Set.of(PartyType.CITIZEN, PartyType.ORGANISATION), false, null, false,
                CatalogStatus.IN_FORCE, 0);
    }

    static final List<FactDefinition> SPILL_FACTS = List.of(
            new FactDefinition("damage_area_m2", "污染或损坏面积", FactType.NUMBER, "平方米", null),
            new FactDefinition("traffic_affected", "影响交通", FactType.BOOLEAN, null, null));

    static DiscretionTier fine(int ordinal, String name, String expr, long minYuan, long maxYuan) {
        return new DiscretionTier(ordinal, name, name + "情形", expr, TierSanction.FINE, minYuan * 100, maxYuan * 100,
                null, null, null, null);
    }

    static final DiscretionFactor ELIMINATED_HARM = new DiscretionFactor(1, "ELIMINATED_HARM", "主动消除或者减轻危害后果",
            FactorDirection.MITIGATING, FactorEffect.LOWER_WITHIN_RANGE, "《行政处罚法》第三十二条第（一）项", true, 30);
    static final DiscretionFactor COERCED = new DiscretionFactor(2, "COERCED", "受他人胁迫或者诱骗实施违法行为",
            FactorDirection.MITIGATING, FactorEffect.BELOW_RANGE, "《行政处罚法》第三十二条第（二）项", true, 30);
    static final DiscretionFactor REPEATED = new DiscretionFactor(3, "REPEATED", "一年内再次实施同一违法行为",
            FactorDirection.AGGRAVATING, FactorEffect.UPPER_PART_OF_RANGE, "海西州示范裁量基准", false, 40);

    /** Version 1 of the spillage benchmark from 2024-01-01: light 0–1000, general 1000–3000, serious 3000–5000. */
    static BenchmarkVersion spillV1(LocalDate to) {
        return version(11, 1, LocalDate.of(2024, 1, 1), to, List.of(
                fine(1, "轻微", "damage_area_m2 <= 5; traffic_affected = false", 0, 1000),
                fine(2, "一般", "damage_area_m2 <= 20", 1000, 3000),
                fine(3, "严重", "", 3000, 5000)));
    }

    /** Version 2 from 2025-07-01: the light tier is lighter (0–500), the general tier heavier (1500–3500). */
    static BenchmarkVersion spillV2() {
        return version(12, 2, LocalDate.of(2025, 7, 1), null, List.of(
                fine(1, "轻微", "damage_area_m2 <= 5; traffic_affected = false", 0, 500),
                fine(2, "一般", "damage_area_m2 <= 20", 1500, 3500),
                fine(3, "严重", "", 3500, 5000)));
    }

    static BenchmarkVersion version(long id, int no, LocalDate from, LocalDate to, List<DiscretionTier> tiers) {
        return new BenchmarkVersion(id, 1, no, "测试基准", from, to, "海西州交通运输局", from, "备案号", from, true,
                "海西州示范裁量基准", null, SPILL_FACTS, tiers, List.of(ELIMINATED_HARM, COERCED, REPEATED), "test", null);
    }

    static RecommendationRequest request(String code, LocalDate act, LocalDate decision, Map<String, Object> facts,
            String... factors) {
        return new RecommendationRequest(code, act, decision, PartyType.CITIZEN, facts, Set.of(factors));
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
