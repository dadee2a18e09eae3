package org.zhifa.catalog.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.catalog.ExemptionOutcome;
import org.zhifa.catalog.model.ExemptionCondition;
import org.zhifa.catalog.model.ExemptionItem;

/** Exemption list items and their conditions. */
@Repository
public class ExemptionStore {

    private final JdbcClient jdbc;

    public ExemptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ExemptionItem> all() {
        return load("", Map.of());
    }

    public Optional<ExemptionItem> find(long id) {
        return load(" where i.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public Optional<ExemptionItem> activeFor(String violationCode) {
        return load(" where v.code = :code and i.active", Map.of("code", violationCode)).stream().findFirst();
    }

    public List<ExemptionItem> forViolation(long violationId) {
        return load(" where i.violation_id = :v", Map.of("v", violationId));
    }

    private List<ExemptionItem> load(String where, Map<String, ?> params) {
        record Row(long id, String code, long violationId, String violationCode, String violationName, String title,
                String listName, String basis, String outcome, Integer lookback, boolean active, int version) {
        }
        List<Row> rows = jdbc.sql("""
                select i.*, v.code as violation_code, v.name as violation_name
                from catalog_exemption_item i join catalog_violation v on v.id = i.violation_id""" + where + " order by i.code")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getLong("violation_id"),
                        rs.getString("violation_code"), rs.getString("violation_name"), rs.getString("title"),
                        rs.getString("list_name"), rs.getString("basis"), rs.getString("outcome"),
                        (Integer) rs.getObject("lookback_months"), rs.getBoolean("active"), rs.getInt("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ExemptionCondition>> conditions = jdbc.sql(
                "select * from catalog_exemption_condition where item_id in (:ids) order by ordinal")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("item_id"), new ExemptionCondition(rs.getInt("ordinal"),
                        rs.getString("condition_key"), rs.getString("text"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new ExemptionItem(r.id(), r.code(), r.violationId(), r.violationCode(),
                r.violationName(), r.title(), r.listName(), r.basis(), ExemptionOutcome.valueOf(r.outcome()),
                r.lookback(), r.active(), conditions.getOrDefault(r.id(), List.of()), r.version())).toList();
    }

    public long insert(ExemptionItem item) {
        long id = jdbc.sql("""
                insert into catalog_exemption_item (code, violation_id, title, list_name, basis, outcome, lookback_months, active)
                values (:code, :v, :title, :list, :basis, :outcome, :lb, :active) returning id""")
                .param("code", item.code()).param("v", item.violationId()).param("title", item.title())
                .param("list", item.listName()).param("basis", item.basis()).param("outcome", item.outcome().name())
                .param("lb", item.lookbackMonths()).param("active", item.active()).query(Long.class).single();
        writeConditions(id, item.conditions());
        return id;
    }

    public void update(ExemptionItem item) {
        int n = jdbc.sql("""
                update catalog_exemption_item set violation_id = :v, title = :title, list_name = :list, basis = :basis,
                    outcome = :outcome, lookback_months = :lb, active = :active, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("v", item.violationId()).param("title", item.title()).param("list", item.listName())
                .param("basis", item.basis()).param("outcome", item.outcome().name()).param("lb", item.lookbackMonths())
                .param("active", item.active()).param("id", item.id()).param("version", item.version()).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("catalog_exemption_item " + item.id());
        }
        jdbc.sql("delete from catalog_exemption_condition where item_id = :id").param("id", item.id()).update();
        writeConditions(item.id(), item.conditions());
    }

    private void writeConditions(long id, List<ExemptionCondition> conditions) {
        for (ExemptionCondition c : conditions) {
            jdbc.sql("insert into catalog_exemption_condition (item_id, ordinal, condition_key, text) values (:i, :o, :k, :t)")
                    .param("i", id).param("o", c.ordinal()).param("k", c.key()).param("t", c.text()).update();
        }
    }
}
