package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.nonsite.OverLimitJudge.NOT_MEASURED;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhifa.catalog.OverLimitMassPenalty;
import org.zhifa.catalog.PartTonCounting;

class OverLimitJudgeProperties {

    private final OverLimitJudge judge = new OverLimitJudge(new OverLimitMassPenalty(PartTonCounting.FULL_UNITS_ONLY));

    private VehicleMeasurement m(int axles, boolean combination, boolean singleDrive, int gross, int height) {
        return new VehicleMeasurement(axles, combination, singleDrive, 0, gross, height, NOT_MEASURED, NOT_MEASURED, 0);
    }

    @Property
    void more_mass_never_lowers_the_fine(@ForAll @IntRange(min = 2, max = 8) int axles, @ForAll boolean combination,
            @ForAll boolean singleDrive, @ForAll @IntRange(min = 1, max = 200_000) int gross,
            @ForAll @IntRange(min = 0, max = 20_000) int more, @ForAll @IntRange(min = -1, max = 6_000) int height) {
        var a = judge.judge(m(axles, combination, singleDrive, gross, height));
        var b = judge.judge(m(axles, combination, singleDrive, gross + more, height));
        assertThat(b.minFineFen()).isGreaterThanOrEqualTo(a.minFineFen());
        assertThat(b.maxFineFen()).isGreaterThanOrEqualTo(a.maxFineFen());
        assertThat(b.excessKg()).isGreaterThanOrEqualTo(a.excessKg());
    }

    @Property
    void the_fine_is_never_above_30000_yuan(@ForAll @IntRange(min = 2, max = 8) int axles, @ForAll boolean combination,
            @ForAll @IntRange(min = 1, max = 300_000) int gross, @ForAll @IntRange(min = -1, max = 10_000) int height,
            @ForAll @IntRange(min = -1, max = 10_000) int width, @ForAll @IntRange(min = -1, max = 60_000) int length) {
        var v = judge.judge(new VehicleMeasurement(axles, combination, false, 0, gross, height, width, length, 0));
        assertThat(v.maxFineFen()).isLessThanOrEqualTo(30_000_00);
        assertThat(v.minFineFen()).isLessThanOrEqualTo(v.maxFineFen());
    }
}
