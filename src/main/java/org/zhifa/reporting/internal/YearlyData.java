package org.zhifa.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Law;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.reporting.ReportingProperties;
import tools.jackson.core.type.TypeReference;

/**
 * The yearly public data (行政执法数据, 方案第9条): the twelve months' figures summed per reporting unit and for the
 * prefecture, published on the portal by the prefecture by 31 January (setting {@code zhifa.reporting.yearly-due}).
 * The published figures are a snapshot; publishing again replaces it and records when.
 */
@Service
public class YearlyData {

    private static final TypeReference<Map<String, Map<String, Long>>> SNAPSHOT = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final MonthlyStatistics statistics;
    private final DataScope scope;
    private final AuditTrail audit;
    private final ReportingProperties properties;
    private final Clock clock;

    YearlyData(JdbcClient jdbc, MonthlyStatistics statistics, DataScope scope, AuditTrail audit,
            ReportingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.scope = scope;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Figures keyed by unit name (the prefecture total under 全州合计), summed over the months of the year so far. */
    public Map<String, Map<String, Long>> compute(int year) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        YearMonth last = YearMonth.of(year, 12);
        YearMonth now = YearMonth.now(clock);
        if (now.isBefore(last)) {
            last = now;
        }
        List<OrgUnitView> units = statistics.reportingUnits();
        for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            Map<Long, Map<String, Long>> month = statistics.perReportingUnit(m);
            for (OrgUnitView u : units) {
                add(out.computeIfAbsent(u.name(), k -> new LinkedHashMap<>()), month.get(u.id()));
            }
            add(out.computeIfAbsent(TOTAL, k -> new LinkedHashMap<>()), month.get(0L));
        }
        return out;
    }

    public static final String TOTAL = "全州合计";

    private static void add(Map<String, Long> sum, Map<String, Long> month) {
        month.forEach((k, v) -> sum.merge(k, v, Long::sum));
    }

    public LocalDate dueOn(int year) {
        return properties.yearlyDue().atYear(year + 1);
    }

    /** Publishes the year's data on the portal (prefecture-level head or supervisor). */
    @Transactional
    public Publication publish(Actor actor, int year) {
        if (!scope.seesAll(actor) || !(actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR"))) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(9), "年度行政执法数据由州局公开"));
        }
        if (year > LocalDate.now(clock).getYear()) {
            throw new org.zhifa.common.InvalidInputException("年度尚未开始", Map.of("year", "年度尚未开始"));
        }
        String json = MonthlyReports.JSON.writeValueAsString(compute(year));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into yearly_publication (year, figures, published_at, published_by) values (?, cast(? as jsonb), ?, ?)
                on conflict (year) do update set figures = excluded.figures, published_at = excluded.published_at,
                    published_by = excluded.published_by
                """).params(year, json, now, actor.username()).update();
        audit.success("YEARLY_DATA_PUBLISHED", "YEARLY_PUBLICATION", year, year + " 年度行政执法数据在门户网站公开");
        return published(year).orElseThrow();
    }

    public record Publication(int year, Map<String, Map<String, Long>> figures, Instant publishedAt, LocalDate dueOn) {

        public boolean late() {
            return publishedAt.atZone(org.zhifa.common.ChinaTime.ZONE).toLocalDate().isAfter(dueOn);
        }
    }

    public Optional<Publication> published(int year) {
        return jdbc.sql("select figures, published_at from yearly_publication where year = ?").param(year)
                .query((rs, i) -> new Publication(year, MonthlyReports.JSON.readValue(rs.getString(1), SNAPSHOT),
                        rs.getTimestamp(2).toInstant(), dueOn(year))).optional();
    }

    public List<Integer> publishedYears() {
        return jdbc.sql("select year from yearly_publication order by year desc").query(Integer.class).list();
    }
}
