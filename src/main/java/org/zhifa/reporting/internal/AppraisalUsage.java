package org.zhifa.reporting.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;
import org.zhifa.supervision.UnitUsage;

/**
 * Supervision's {@link UnitUsage} port: the yearly usage rate of the reporting unit a unit belongs to, under the
 * definition of {@code zhifa.reporting.usage-definition}, over the months of the year that have begun.
 */
@Component
class AppraisalUsage implements UnitUsage {

    private final UsageRates usage;
    private final MonthlyStatistics statistics;
    private final Clock clock;

    AppraisalUsage(UsageRates usage, MonthlyStatistics statistics, Clock clock) {
        this.usage = usage;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public Optional<Rate> yearly(int year, long unitId) {
        YearMonth now = YearMonth.now(clock.withZone(ChinaTime.ZONE));
        if (year > now.getYear()) {
            return Optional.empty();
        }
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= (year == now.getYear() ? now.getMonthValue() : 12); m++) {
            months.add(YearMonth.of(year, m));
        }
        // the nearest reporting unit covering the unit: the one covering the fewest units
        return statistics.reportingUnits().stream().filter(u -> statistics.covered(u.id()).contains(unitId))
                .min(Comparator.comparingInt(u -> statistics.covered(u.id()).size()))
                .map(u -> {
                    UsageRates.Usage x = usage.usage(u, months);
                    String why = x.rate() == null ? x.rateText() : null;
                    return new Rate(u.name(), x.rate(), x.definition(), why);
                });
    }
}
