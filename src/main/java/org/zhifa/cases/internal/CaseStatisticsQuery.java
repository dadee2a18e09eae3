package org.zhifa.cases.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseStatistics;

/**
 * {@link CaseStatistics} in one statement: each figure is read through an index on its own date (filing, decision,
 * transfer approval, step date) and summed per unit. The decision's kinds are the enum names stored in the decision
 * record ({@code decision->'kinds'}), the confiscated gains its {@code confiscation.amountYuan}.
 */
@Component
class CaseStatisticsQuery implements CaseStatistics {

    private static final List<String> REVIEWS = List.of("legal-review-agree", "legal-review-problems",
            "hearing-review-agree", "hearing-review-problems");

    private final JdbcClient jdbc;

    CaseStatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StateCount> openByState(Collection<Long> unitIds) {
        Map<String, Long> out = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select state, count(*) from penalty_case where unit_id in (:units)"
                + " and state not in ('CLOSED', 'ARCHIVED', 'NOT_FILED', 'TRANSFERRED') group by state")
                .param("units", unitIds).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return java.util.Arrays.stream(org.zhifa.cases.procedure.CaseState.values()).filter(st -> out.containsKey(st.name()))
                .map(st -> new StateCount(st.name(), st.label(), out.get(st.name()))).toList();
    }

    @Override
    public long overdue(Collection<Long> unitIds, java.time.LocalDate today) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from penalty_case where unit_id in (:units) and next_due_on < :today")
                .param("units", unitIds).param("today", today).query(Long.class).single();
    }

    @Override
    public long registered(YearMonth month, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from penalty_case where unit_id in (:units) and registered_on >= :from and registered_on < :to")
                .param("units", unitIds).param("from", month.atDay(1)).param("to", month.plusMonths(1).atDay(1))
                .query(Long.class).single();
    }

    @Override
    public List<MonthlyCaseFigures> monthly(YearMonth month, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, MonthlyCaseFigures> rows = new HashMap<>();
        jdbc.sql("""
                with d as (
                    select unit_id, outcome, procedure, decision_amount_fen, decision,
                           case when outcome = 'PENALTY' then coalesce(
                               (select k from unnest(cast(:kinds as text[])) with ordinality as r(k, i)
                                where jsonb_typeof(decision->'kinds') = 'array' and decision->'kinds' @> jsonb_build_array(r.k)
                                order by r.i limit 1), 'OTHER') end as heaviest
                    from penalty_case
                    where decided_on >= :from and decided_on < :to and outcome is not null and unit_id in (:units)
                ), figures as (
                    select unit_id, 0 as filed, 1 as decided,
                           (outcome = 'PENALTY')::int as penalty,
                           (outcome = 'NO_PENALTY_MINOR')::int as minor,
                           (outcome = 'NO_PENALTY_NOT_ESTABLISHED')::int as not_established,
                           (outcome = 'TRANSFER_TO_JUDICIAL')::int as transfer_outcome,
                           (heaviest = 'REVOCATION')::int as h_revocation, (heaviest = 'SUSPENSION')::int as h_suspension,
                           (heaviest = 'DOWNGRADE')::int as h_downgrade, (heaviest = 'CONFISCATION')::int as h_confiscation,
                           (heaviest = 'FINE')::int as h_fine, (heaviest = 'WARNING')::int as h_warning,
                           (heaviest = 'OTHER')::int as h_other,
                           case when outcome = 'PENALTY' and decision->'kinds' @> '["FINE"]'
                                then coalesce(decision_amount_fen, 0) else 0 end as fine_fen,
                           case when outcome = 'PENALTY' and jsonb_typeof(decision->'confiscation') = 'object'
                                then round(cast(decision->'confiscation'->>'amountYuan' as numeric) * 100)::bigint
                                else 0 end as confiscation_fen,
                           0 as hearings, 0 as reviews, 0 as transfers, (procedure = 'SIMPLIFIED')::int as simplified
                    from d
                    union all
                    select unit_id, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                    from penalty_case where filed_on >= :from and filed_on < :to and unit_id in (:units)
                    union all
                    select unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
                    from penalty_case
                    where transfer->>'transferredOn' >= :fromText and transfer->>'transferredOn' < :toText
                      and unit_id in (:units)
                    union all
                    select c.unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                           (s.transition = 'record-hearing')::int, (s.transition <> 'record-hearing')::int, 0, 0
                    from case_step s join penalty_case c on c.id = s.case_id
                    where s.acted_on >= :from and s.acted_on < :to and c.unit_id in (:units)
                      and s.transition in (:steps)
                )
                select unit_id, sum(filed) filed, sum(decided) decided, sum(penalty) penalty, sum(minor) minor,
                       sum(not_established) not_established, sum(transfer_outcome) transfer_outcome,
                       sum(h_revocation) h_revocation, sum(h_suspension) h_suspension, sum(h_downgrade) h_downgrade,
                       sum(h_confiscation) h_confiscation, sum(h_fine) h_fine, sum(h_warning) h_warning,
                       sum(h_other) h_other, sum(fine_fen) fine_fen, sum(confiscation_fen) confiscation_fen,
                       sum(hearings) hearings, sum(reviews) reviews, sum(transfers) transfers, sum(simplified) simplified
                from figures group by unit_id
                """)
                .param("kinds", CaseStatistics.HEAVIEST_FIRST.toArray(String[]::new))
                .param("from", month.atDay(1)).param("to", month.plusMonths(1).atDay(1))
                .param("fromText", month.atDay(1).toString()).param("toText", month.plusMonths(1).atDay(1).toString())
                .param("units", unitIds)
                .param("steps", concat("record-hearing", REVIEWS))
                .query((rs, n) -> new MonthlyCaseFigures(rs.getLong("unit_id"), rs.getLong("filed"),
                        rs.getLong("decided"), rs.getLong("penalty"), rs.getLong("minor"), rs.getLong("not_established"),
                        rs.getLong("transfer_outcome"), rs.getLong("h_revocation"), rs.getLong("h_suspension"),
                        rs.getLong("h_downgrade"), rs.getLong("h_confiscation"), rs.getLong("h_fine"),
                        rs.getLong("h_warning"), rs.getLong("h_other"), rs.getLong("fine_fen"),
                        rs.getLong("confiscation_fen"), rs.getLong("hearings"), rs.getLong("reviews"),
                        rs.getLong("transfers"), rs.getLong("simplified")))
                .list().forEach(f -> rows.put(f.unitId(), f));
        return unitIds.stream().distinct().map(u -> rows.getOrDefault(u, new MonthlyCaseFigures(u, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new java.util.ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
