package org.zhifa.supervision.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;
import org.zhifa.supervision.SupervisionFigures;

/**
 * The evaluation figures of the monthly statistics and the action-plan ledger (方案第5、32条): files scored in a month
 * (by the day they were scored, Beijing time) for the files' handling units, their mean score, and the day a year's
 * campaign was started.
 */
@Component
class ReportingFigures implements SupervisionFigures {

    private final JdbcClient jdbc;

    ReportingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Evaluations monthly(YearMonth month, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new Evaluations(0, null);
        }
        var from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        return jdbc.sql("""
                select count(*) as n, avg(score) as mean from eval_file
                where state = 'SCORED' and scored_at >= :from and scored_at < :to and unit_id in (:units)""")
                .param("from", from).param("to", to).param("units", List.copyOf(unitIds))
                .query((rs, i) -> {
                    java.math.BigDecimal mean = rs.getBigDecimal("mean");
                    return new Evaluations(rs.getLong("n"), mean == null ? null : mean.doubleValue());
                }).single();
    }

    @Override
    public Optional<LocalDate> evaluationCampaignLaunched(int year) {
        return jdbc.sql("select created_at from eval_campaign where year = :y order by created_at limit 1").param("y", year)
                .query(java.time.OffsetDateTime.class).optional()
                .map(t -> t.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
    }

    @Override
    public Optional<String> evaluationCampaignLink(int year) {
        return jdbc.sql("select id from eval_campaign where year = :y order by created_at limit 1").param("y", year)
                .query(Long.class).optional().map(id -> "/supervision/campaigns/" + id);
    }
}
