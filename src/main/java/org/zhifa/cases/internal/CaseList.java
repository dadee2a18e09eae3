package org.zhifa.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.DataScope;

/**
 * The case list within the caller's data scope. Ordered newest first on (registered_on, id), which the indexes
 * cover per unit and state. The total is exact up to {@code listCountCap} and reported as "more than the cap"
 * beyond it ({@link #capped}), so that no page counts a million rows. Deep pages are reached by keyset: each page
 * gives the position of its last row ({@link Page#nextAfter}), and the next page starts strictly after it
 * ({@code after}), so page 100 reads 20 rows instead of skipping 1,980. A page is one statement: the capped count
 * and the page's ids, both found in the (unit, registered_on, id) indexes whose included columns (state, next due
 * date, violations, officers) answer the filters without reading the table, then the page's rows read by id.
 */
@Service
public class CaseList {

    private static final String COLUMNS = "r.id, r.case_number, r.procedure, r.state, r.unit_id, r.party_name,"
            + " r.plate_number, (select string_agg(v ->> 'name', '；' order by k) from jsonb_array_elements(r.violations)"
            + " with ordinality e(v, k)) as violation_names, r.act_date, r.registered_on, r.officer_names, r.next_due_on,"
            + " r.decision_amount_fen";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final CaseProperties settings;
    private final Clock clock;

    CaseList(JdbcClient jdbc, DataScope scope, CaseProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.settings = settings;
        this.clock = clock;
    }

    /** A page, whether its total was capped, and the keyset position after its last row (null on the last page). */
    public record Page(PageResult<CaseSummary> result, boolean capped, String nextAfter) {
    }

    /** A keyset position: the (registered_on, id) of the last row of the previous page, written {@code 2025-03-01.42}. */
    public record After(LocalDate registeredOn, long id) {

        public static After parse(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            int dot = s.indexOf('.');
            try {
                return new After(LocalDate.parse(s.substring(0, Math.max(dot, 0))), Long.parseLong(s.substring(dot + 1)));
            } catch (RuntimeException e) {
                throw new InvalidInputException("翻页位置 after 格式不正确（应为 登记日期.案件编号，如 2025-03-01.42）",
                        Map.of("after", "翻页位置格式不正确"));
            }
        }

        @Override
        public String toString() {
            return registeredOn + "." + id;
        }
    }

    public Page list(CaseFilter f, int page, int size, Actor actor) {
        return list(f, page, size, null, actor);
    }

    /**
     * Page {@code page} of the list; with {@code after} (from the previous page's {@link Page#nextAfter}) the rows
     * start after that position and {@code page} only numbers the page.
     */
    public Page list(CaseFilter f, int page, int size, String afterText, Actor actor) {
        After after = After.parse(afterText);
        int pageSize = PageResult.clampSize(size);
        int pageIndex = Math.max(0, Math.min(page, 10_000));
        Set<Long> units = scope.visibleUnitIds(actor);
        if (f.unitId() != null) {
            units = units.contains(f.unitId()) ? Set.of(f.unitId()) : Set.of();
        }
        if (units.isEmpty()) {
            return new Page(new PageResult<>(List.of(), 0, pageIndex, pageSize), false, null);
        }
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where c.unit_id in (:units)");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"units", units});
        if (f.state() != null && !f.state().isBlank()) {
            where.append(" and c.state = :state");
            params.add(new Object[] {"state", CaseState.valueOf(f.state().trim()).name()});
        }
        if (f.officerId() != null) {
            where.append(" and c.officer_ids @> array[cast(:officer as bigint)]");
            params.add(new Object[] {"officer", f.officerId()});
        }
        if (f.violationCode() != null && !f.violationCode().isBlank()) {
            where.append(" and c.violation_codes @> array[cast(:violation as text)]");
            params.add(new Object[] {"violation", f.violationCode().trim()});
        }
        if (f.from() != null) {
            where.append(" and c.registered_on >= :from");
            params.add(new Object[] {"from", f.from()});
        }
        if (f.to() != null) {
            where.append(" and c.registered_on <= :to");
            params.add(new Object[] {"to", f.to()});
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and c.next_due_on < :today");
            params.add(new Object[] {"today", today});
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (c.case_number = :q or c.plate_number = :qu or c.party_name like :qp)");
            String q = f.q().trim();
            params.add(new Object[] {"q", q});
            params.add(new Object[] {"qu", q.toUpperCase()});
            params.add(new Object[] {"qp", q.replace("%", "").replace("_", "") + "%"});
        }
        String position = after == null ? "" : " and (c.registered_on, c.id) < (:afterOn, :afterId)";
        int cap = settings.listCountCap();
        // One round trip: the capped count, and the page's rows found on the (unit, registered_on, id) indexes
        // first (index-only: the filters' columns are in the index) and then read by id (docs/performance.md).
        var select = jdbc.sql("select n.total, r.* from (select count(*) as total from (select 1 from penalty_case c"
                + where + " limit " + (cap + 1) + ") x) n left join (select " + COLUMNS
                + " from (select c.id from penalty_case c" + where + position
                + " order by c.registered_on desc, c.id desc limit :limit offset :offset) p"
                + " join penalty_case r on r.id = p.id) r on true order by r.registered_on desc, r.id desc");
        if (after != null) {
            select = select.param("afterOn", after.registeredOn()).param("afterId", after.id());
        }
        for (Object[] p : params) {
            select = select.param((String) p[0], p[1]);
        }
        long[] total = {0};
        List<CaseSummary> items = new ArrayList<>(pageSize);
        select.param("limit", pageSize).param("offset", after == null ? pageIndex * pageSize : 0)
                .query((RowCallbackHandler) rs -> {
                    total[0] = rs.getLong("total");
                    if (rs.getObject("id") != null) {
                        items.add(summary(rs, today));
                    }
                });
        boolean capped = total[0] > cap;
        String next = items.size() < pageSize ? null
                : new After(items.get(items.size() - 1).registeredOn(), items.get(items.size() - 1).id()).toString();
        return new Page(new PageResult<>(items, capped ? cap : total[0], pageIndex, pageSize), capped, next);
    }

    private static CaseSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate next = rs.getObject("next_due_on", LocalDate.class);
        CaseState state = CaseState.valueOf(rs.getString("state"));
        String violations = rs.getString("violation_names");
        return new CaseSummary(rs.getLong("id"), rs.getString("case_number"),
                Procedure.valueOf(rs.getString("procedure")).label(), state.name(), state.label(), rs.getLong("unit_id"),
                rs.getString("party_name"), rs.getString("plate_number"), violations == null ? "" : violations,
                rs.getObject("act_date", LocalDate.class), rs.getObject("registered_on", LocalDate.class),
                rs.getString("officer_names"), next, next != null && next.isBefore(today),
                (Long) rs.getObject("decision_amount_fen"));
    }
}
