package org.zhifa.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.catalog.MatterUsageSource;

/** Cases per enforcement matter and year, for the catalogue's usage report (方案 28). */
@Component
class CaseMatterUsage implements MatterUsageSource {

    private final JdbcClient jdbc;

    CaseMatterUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Map<Integer, Long>> casesPerYear(Collection<String> matterCodes, int fromYear, int toYear) {
        Map<String, Map<Integer, Long>> result = new HashMap<>();
        if (matterCodes.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select v ->> 'matterCode' as matter, extract(year from c.registered_on)::int as year,
                       count(distinct c.id) as n
                from penalty_case c cross join lateral jsonb_array_elements(c.violations) v
                where v ->> 'matterCode' in (:codes) and c.registered_on >= make_date(:from, 1, 1)
                  and c.registered_on < make_date(:to + 1, 1, 1)
                group by 1, 2
                """).param("codes", matterCodes).param("from", fromYear).param("to", toYear)
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getString("matter"), k -> new HashMap<>())
                            .put(rs.getInt("year"), rs.getLong("n"));
                    return null;
                }).list();
        return result;
    }
}
