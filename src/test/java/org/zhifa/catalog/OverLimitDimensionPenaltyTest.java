package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.catalog.Fixtures.d;

import org.junit.jupiter.api.Test;
import org.zhifa.catalog.OverLimitDimensionPenalty.Band;

/** 62号令 第四十三条第一款第（一）项: three dimension bands. */
class OverLimitDimensionPenaltyTest {

    @Test
    void within_4_2_by_3_by_20_metres_is_the_first_band_up_to_200_yuan() {
        Band b = OverLimitDimensionPenalty.classify(d("4.2"), d("2.6"), d("18"));
        assertThat(b).isEqualTo(Band.MINOR);
        assertThat(b.maxFen()).isEqualTo(200_00);
    }

    @Test
    void within_4_5_by_3_75_by_28_metres_is_the_second_band_200_to_1000_yuan() {
        assertThat(OverLimitDimensionPenalty.classify(d("4.3"), d("2.5"), d("18"))).isEqualTo(Band.MIDDLE);
        assertThat(OverLimitDimensionPenalty.classify(d("4.0"), d("3.75"), d("28"))).isEqualTo(Band.MIDDLE);
    }

    @Test
    void any_dimension_beyond_the_second_band_is_the_third_band_1000_to_3000_yuan() {
        assertThat(OverLimitDimensionPenalty.classify(d("4.0"), d("2.5"), d("28.1"))).isEqualTo(Band.MAJOR);
        assertThat(OverLimitDimensionPenalty.classify(d("4.6"), d("2.5"), d("18"))).isEqualTo(Band.MAJOR);
    }
}
