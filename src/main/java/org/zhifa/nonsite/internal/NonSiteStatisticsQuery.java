package org.zhifa.nonsite.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;
import org.zhifa.nonsite.NonSiteStatistics;

/** {@link NonSiteStatistics} from {@code nonsite_device_day} and {@code nonsite_clue}; months in Beijing time. */
@Component
class NonSiteStatisticsQuery implements NonSiteStatistics {

    private final JdbcClient jdbc;

    NonSiteStatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Figures monthly(YearMonth month, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new Figures(0, 0, 0, 0);
        }
        OffsetDateTime from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        return jdbc.sql("""
                select (select coalesce(sum(dd.detections), 0) from nonsite_device_day dd
                          join nonsite_device d on d.id = dd.device_id
                         where d.unit_id in (:units) and dd.day >= :fromDay and dd.day < :toDay) as passages,
                       (select coalesce(sum(dd.over_limit), 0) from nonsite_device_day dd
                          join nonsite_device d on d.id = dd.device_id
                         where d.unit_id in (:units) and dd.day >= :fromDay and dd.day < :toDay) as over_limit,
                       (select count(*) from nonsite_clue
                         where unit_id in (:units) and first_detected_at >= :from and first_detected_at < :to) as clues,
                       (select count(*) from nonsite_clue
                         where unit_id in (:units) and case_id is not null
                           and reviewed_at >= :from and reviewed_at < :to) as cases
                """).param("units", unitIds).param("fromDay", month.atDay(1)).param("toDay", month.plusMonths(1).atDay(1))
                .param("from", from).param("to", to)
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }
}
