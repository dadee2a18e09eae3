package org.zhifa.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** 加处罚款: 3 % a day, never above the fine, not counted during reconsideration or litigation (Art. 72–73). */
class LateSurchargeProperties {

    static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    @Property
    void the_surcharge_never_exceeds_the_fine_per_article_72(@ForAll @LongRange(min = 1, max = 100_000_000) long fine,
            @ForAll @IntRange(min = 0, max = 400) int days) {
        var r = LateSurcharge.compute(fine, DUE, DUE.plusDays(days), List.of());
        assertThat(r.surchargeFen()).isBetween(0L, fine);
    }

    @Property
    void the_surcharge_grows_with_time(@ForAll @LongRange(min = 1, max = 10_000_000) long fine,
            @ForAll @IntRange(min = 0, max = 60) int days) {
        long a = LateSurcharge.compute(fine, DUE, DUE.plusDays(days), List.of()).surchargeFen();
        long b = LateSurcharge.compute(fine, DUE, DUE.plusDays(days + 1), List.of()).surchargeFen();
        assertThat(b).isGreaterThanOrEqualTo(a);
    }

    @Property
    void a_pause_never_increases_the_surcharge_per_article_73(@ForAll @LongRange(min = 1, max = 10_000_000) long fine,
            @ForAll @IntRange(min = 0, max = 60) int days, @ForAll @IntRange(min = 0, max = 30) int pauseStart,
            @ForAll @IntRange(min = 0, max = 30) int pauseLength) {
        var pause = new LateSurcharge.Pause(DUE.plusDays(pauseStart), DUE.plusDays(pauseStart + pauseLength));
        long paused = LateSurcharge.compute(fine, DUE, DUE.plusDays(days), List.of(pause)).surchargeFen();
        long plain = LateSurcharge.compute(fine, DUE, DUE.plusDays(days), List.of()).surchargeFen();
        assertThat(paused).isLessThanOrEqualTo(plain);
    }

    @Test
    void ten_days_late_is_thirty_percent_and_the_cap_is_reached_on_day_34() {
        assertThat(LateSurcharge.compute(1000_00, DUE, DUE.plusDays(10), List.of()).surchargeFen()).isEqualTo(300_00);
        assertThat(LateSurcharge.compute(1000_00, DUE, DUE.plusDays(33), List.of()).surchargeFen()).isEqualTo(990_00);
        assertThat(LateSurcharge.compute(1000_00, DUE, DUE.plusDays(34), List.of()).capped()).isTrue();
    }

    @Test
    void nothing_is_counted_while_litigation_is_pending() {
        var pending = new LateSurcharge.Pause(DUE.plusDays(1), null);
        assertThat(LateSurcharge.compute(1000_00, DUE, DUE.plusDays(100), List.of(pending)).surchargeFen()).isZero();
    }
}
