package org.zhifa.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.inspection.InspectionStatistics;

/** {@link InspectionStatistics} from the inspection and patrol tables. */
@Service
class InspectionStatisticsQuery implements InspectionStatistics {

    private final JdbcClient jdbc;

    InspectionStatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitCounts> counts(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> c = new HashMap<>();
        unitIds.forEach(u -> c.put(u, new long[11]));
        jdbc.sql("""
                select unit_id,
                       count(*) filter (where kind = 'RANDOM') as random,
                       count(*) filter (where kind = 'OTHER') as other,
                       count(*) filter (where kind = 'FOLLOW_UP') as follow_up,
                       count(*) filter (where outcome = 'NO_PROBLEM') as no_problem,
                       count(*) filter (where outcome = 'CORRECTION') as correction,
                       count(*) filter (where outcome = 'CASE_SOURCE') as case_source,
                       count(*) filter (where publication_state = 'PUBLISHED') as published,
                       count(*) filter (where publication_state = 'PUBLISHED' and publication_due is not null
                                        and (published_at at time zone 'Asia/Shanghai')::date > publication_due) as late
                from inspection where unit_id in (:u) and inspected_on between :from and :to group by unit_id""")
                .param("u", unitIds).param("from", from).param("to", to)
                .query(rs -> {
                    long[] v = c.get(rs.getLong("unit_id"));
                    String[] cols = {"random", "other", "follow_up", "no_problem", "correction", "case_source",
                        "published", "late"};
                    for (int i = 0; i < cols.length; i++) {
                        v[i] = rs.getLong(cols[i]);
                    }
                });
        jdbc.sql("""
                select p.unit_id, count(distinct p.id) as patrols, count(f.id) as findings,
                       count(f.case_id) as case_sources
                from patrol_log p left join patrol_finding f on f.patrol_id = p.id
                where p.unit_id in (:u) and p.patrol_date between :from and :to group by p.unit_id""")
                .param("u", unitIds).param("from", from).param("to", to)
                .query(rs -> {
                    long[] v = c.get(rs.getLong("unit_id"));
                    v[8] = rs.getLong("patrols");
                    v[9] = rs.getLong("findings");
                    v[10] = rs.getLong("case_sources");
                });
        List<UnitCounts> out = new ArrayList<>();
        unitIds.stream().sorted().forEach(u -> {
            long[] v = c.get(u);
            out.add(new UnitCounts(u, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]));
        });
        return out;
    }
}
