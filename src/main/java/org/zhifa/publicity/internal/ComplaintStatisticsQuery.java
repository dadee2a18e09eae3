package org.zhifa.publicity.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;
import org.zhifa.publicity.ComplaintStatistics;

/** {@link ComplaintStatistics} from the complaint table. */
@Component
class ComplaintStatisticsQuery implements ComplaintStatistics {

    private final JdbcClient jdbc;

    ComplaintStatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Figures monthly(YearMonth month, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new Figures(0, 0, 0);
        }
        OffsetDateTime from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        return jdbc.sql("""
                select count(*), count(*) filter (where status = 'ACKNOWLEDGED'), count(*) filter (where green_channel)
                from complaint where concerned_unit_id in (:units) and received_at >= :from and received_at < :to
                """).param("units", unitIds).param("from", from).param("to", to)
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }
}
