package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hours ledger: one aggregate over {@code training_attendance(year, officer_id) include (category, hours)}.
 * Political hours are summed apart and never enter the counted total.
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
            from training_attendance
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

    /** Counted hours only (for the roster's progress filter). */
    public Map<Long, BigDecimal> counted(int year, Collection<Long> officerIds) {
        Map<Long, BigDecimal> out = new HashMap<>();
        hours(year, officerIds).forEach((id, h) -> out.put(id, h.counted()));
        return out;
    }
}
