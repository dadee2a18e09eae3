package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hours ledger: one aggregate over {@code training_hours_total} (the per-category sums of
 * {@code training_attendance}, see {@link #refresh}). Political hours are summed apart and never enter the counted
 * total.
 */
@Component
public class LedgerQueries {

    /** Above this many officers the id filter costs more than summing the whole year. */
    static final int ID_FILTER_LIMIT = 1000;

    private static final String SELECT = """
            select officer_id,
                   coalesce(sum(hours) filter (where category = 'LEGAL'), 0)     as legal,
                   coalesce(sum(hours) filter (where category = 'BUSINESS'), 0)  as business,
                   coalesce(sum(hours) filter (where category = 'SKILLS'), 0)    as skills,
                   coalesce(sum(hours) filter (where category = 'POLITICAL'), 0) as political,
                   coalesce(sum(hours) filter (where category <> 'POLITICAL'), 0) as counted
            from training_hours_total
            """;

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hours per officer in {@code year}; officers without any attendance are absent. */
    public Map<Long, TrainingHours> hours(int year, Collection<Long> officerIds) {
        Map<Long, TrainingHours> out = new HashMap<>();
        if (officerIds.isEmpty()) {
            return out;
        }
        var spec = officerIds.size() > ID_FILTER_LIMIT
                ? jdbc.sql(SELECT + " where year = ? group by officer_id").param(year)
                : jdbc.sql(SELECT + " where year = ? and officer_id = any(?) group by officer_id").param(year)
                        .param(officerIds.toArray(Long[]::new));
        spec.query(rs -> {
            out.put(rs.getLong("officer_id"), new TrainingHours(rs.getBigDecimal("legal"),
                    rs.getBigDecimal("business"), rs.getBigDecimal("skills"), rs.getBigDecimal("political")));
        });
        if (officerIds.size() > ID_FILTER_LIMIT) {
            out.keySet().retainAll(new java.util.HashSet<>(officerIds));
        }
        return out;
    }

    /**
     * Recomputes the totals of these officers for the year from their attendance; called in the same transaction
     * as every attendance change so that the totals never drift.
     */
    public void refresh(int year, Collection<Long> officerIds) {
        if (officerIds.isEmpty()) {
            return;
        }
        Long[] ids = officerIds.toArray(Long[]::new);
        jdbc.sql("delete from training_hours_total where year = ? and officer_id = any(?)").param(year).param(ids)
                .update();
        jdbc.sql("""
                insert into training_hours_total (year, officer_id, category, hours)
                select year, officer_id, category, sum(hours) from training_attendance
                where year = ? and officer_id = any(?) group by year, officer_id, category
                """).param(year).param(ids).update();
    }

    /** Counted hours only (for the roster's progress filter). */
    public Map<Long, BigDecimal> counted(int year, Collection<Long> officerIds) {
        Map<Long, BigDecimal> out = new HashMap<>();
        hours(year, officerIds).forEach((id, h) -> out.put(id, h.counted()));
        return out;
    }
}
