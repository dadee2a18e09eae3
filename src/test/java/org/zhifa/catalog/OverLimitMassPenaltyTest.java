package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** 62号令 第四十三条第一款第（二）项: warning up to 1,000 kg; 500 yuan per 1,000 kg of the whole excess; cap 30,000. */
class OverLimitMassPenaltyTest {

    private final OverLimitMassPenalty fullUnits = new OverLimitMassPenalty(PartTonCounting.FULL_UNITS_ONLY);
    private final OverLimitMassPenalty roundUp = new OverLimitMassPenalty(PartTonCounting.ROUND_UP);

    @Test
    void an_excess_of_exactly_1000_kg_gets_a_warning_per_article_43() {
        var a = fullUnits.assess(1_000);
        assertThat(a.warningOnly()).isTrue();
        assertThat(a.fineFen()).isZero();
    }

    @Test
    void an_excess_of_1001_kg_is_fined_500_yuan_for_one_full_unit_per_article_43() {
        var a = fullUnits.assess(1_001);
        assertThat(a.warningOnly()).isFalse();
        assertThat(a.units()).isEqualTo(1);
        assertThat(a.fineFen()).isEqualTo(500_00);
    }

    @Test
    void an_excess_of_2500_kg_counts_two_full_units_so_1000_yuan_by_default() {
        assertThat(fullUnits.assess(2_500).fineFen()).isEqualTo(1_000_00);
    }

    @Test
    void with_round_up_a_started_unit_counts_so_2500_kg_is_1500_yuan() {
        assertThat(roundUp.assess(2_500).fineFen()).isEqualTo(1_500_00);
        assertThat(roundUp.assess(1_001).fineFen()).isEqualTo(1_000_00);
    }

    @Test
    void an_excess_of_6000_kg_is_fined_3000_yuan_per_article_43() {
        assertThat(fullUnits.assess(6_000).fineFen()).isEqualTo(3_000_00);
    }

    @Test
    void an_excess_of_70000_kg_is_capped_at_30000_yuan_per_article_43() {
        var a = fullUnits.assess(70_000);
        assertThat(a.fineFen()).isEqualTo(30_000_00);
        assertThat(a.capped()).isTrue();
        assertThat(a.explanation()).contains("最高30000元");
    }

    @Test
    void several_over_limit_fines_add_up_to_at_most_30000_yuan_per_article_43_paragraph_2() {
        assertThat(OverLimitMassPenalty.cumulativeFen(2_000_00, 3_000_00)).isEqualTo(5_000_00);
        assertThat(OverLimitMassPenalty.cumulativeFen(29_000_00, 3_000_00)).isEqualTo(30_000_00);
    }

    @Test
    void a_negative_excess_is_refused() {
        assertThatThrownBy(() -> fullUnits.assess(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void more_excess_never_lowers_the_fine(@ForAll @LongRange(min = 1, max = 200_000) long excess,
            @ForAll @LongRange(min = 0, max = 50_000) long more) {
        for (OverLimitMassPenalty p : new OverLimitMassPenalty[] {fullUnits, roundUp}) {
            assertThat(p.assess(excess + more).fineFen()).isGreaterThanOrEqualTo(p.assess(excess).fineFen());
        }
    }

    @Property
    void the_fine_never_exceeds_30000_yuan(@ForAll @LongRange(min = 0, max = 10_000_000) long excess) {
        assertThat(fullUnits.assess(excess).fineFen()).isLessThanOrEqualTo(30_000_00);
        assertThat(roundUp.assess(excess).fineFen()).isLessThanOrEqualTo(30_000_00);
    }
}
