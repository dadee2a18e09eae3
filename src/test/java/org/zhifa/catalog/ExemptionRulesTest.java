package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhifa.catalog.model.ExemptionCondition;
import org.zhifa.catalog.model.ExemptionItem;
import org.zhifa.catalog.model.ExemptionRules;

/** 处罚法 第三十三条 and the 条例 第六十九条 item of the high-frequency exemption list (legal-rules §4). */
class ExemptionRulesTest {

    private static final LocalDate ACT = LocalDate.of(2025, 5, 10);
    private final ExemptionRules rules = new ExemptionRules(Period.ofYears(1));

    private static final ExemptionItem SPILLAGE = new ExemptionItem(1, "MF-01", 1, "GLAQ-69", "拖地遗洒",
            "车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染", "《交通运输领域轻微违法行为依法免予处罚高频事项清单》",
            "《公路安全保护条例》第六十九条", ExemptionOutcome.MAY_WAIVE, null, true, List.of(
                    new ExemptionCondition(1, ExemptionCondition.FIRST_OFFENCE, "首次实施违法行为"),
                    new ExemptionCondition(2, "NO_OBSTRUCTION", "不存在妨碍执行公务的行为"),
                    new ExemptionCondition(3, "LOAD_SECURED", "按要求规范装载并采取措施防止触地拖行、掉落、遗洒或者飘散"),
                    new ExemptionCondition(4, "MINOR_DAMAGE", "损坏程度轻微或污染面积较小，未引发交通事故、交通拥堵"),
                    new ExemptionCondition(5, "REPAIRED_IN_TIME", "在规定期限内清除污染或修复损害"),
                    new ExemptionCondition(6, "COMMITMENT_SIGNED", "签署告知承诺书")), 0);

    private static Map<String, Boolean> allYes() {
        Map<String, Boolean> m = new HashMap<>();
        for (String k : List.of("NO_OBSTRUCTION", "LOAD_SECURED", "MINOR_DAMAGE", "REPAIRED_IN_TIME", "COMMITMENT_SIGNED")) {
            m.put(k, true);
        }
        return m;
    }

    @Test
    void first_offence_meeting_every_condition_may_be_waived_per_article_33() {
        ExemptionResult r = rules.check(SPILLAGE, allYes(), List.of(), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.MAY_WAIVE);
        assertThat(r.article()).contains("《行政处罚法》第三十三条第一款");
        assertThat(r.unmetConditions()).isEmpty();
        assertThat(r.note()).contains("教育");
    }

    @ParameterizedTest(name = "缺少条件 {0} → 不适用免罚")
    @ValueSource(strings = {"NO_OBSTRUCTION", "LOAD_SECURED", "MINOR_DAMAGE", "REPAIRED_IN_TIME", "COMMITMENT_SIGNED"})
    void each_missing_condition_makes_the_exemption_not_applicable_and_is_named(String key) {
        Map<String, Boolean> answers = allYes();
        answers.put(key, false);
        ExemptionResult r = rules.check(SPILLAGE, answers, List.of(), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.NOT_APPLICABLE);
        String expected = SPILLAGE.conditions().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().text();
        assertThat(r.unmetConditions()).containsExactly(expected);
    }

    @Test
    void a_prior_violation_within_the_look_back_year_is_not_a_first_offence() {
        ExemptionResult r = rules.check(SPILLAGE, allYes(), List.of(LocalDate.of(2024, 12, 1)), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.NOT_APPLICABLE);
        assertThat(r.unmetConditions()).singleElement().asString().contains("首次实施违法行为").contains("2024-12-01");
    }

    @Test
    void a_prior_violation_before_the_look_back_window_still_counts_as_first_offence() {
        ExemptionResult r = rules.check(SPILLAGE, allYes(), List.of(LocalDate.of(2024, 5, 9)), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.MAY_WAIVE);
    }

    @Test
    void minor_promptly_corrected_and_harmless_must_not_be_penalised_per_article_33_paragraph_1() {
        ExemptionResult r = rules.check(null, Map.of("MINOR", true, "CORRECTED", true, "NO_HARM", true), List.of(), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.MUST_NOT_PENALISE);
        assertThat(r.article()).isEqualTo("《行政处罚法》第三十三条第一款");
    }

    @Test
    void proven_absence_of_fault_must_not_be_penalised_per_article_33_paragraph_2() {
        ExemptionResult r = rules.check(SPILLAGE, Map.of("NO_FAULT", true), List.of(LocalDate.of(2025, 1, 1)), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.MUST_NOT_PENALISE);
        assertThat(r.article()).isEqualTo("《行政处罚法》第三十三条第二款");
    }

    @Test
    void a_violation_not_on_the_list_is_not_applicable() {
        ExemptionResult r = rules.check(null, Map.of("MINOR", true), List.of(), ACT);
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.NOT_APPLICABLE);
        assertThat(r.unmetConditions()).contains("该违法行为未列入免罚清单");
    }
}
