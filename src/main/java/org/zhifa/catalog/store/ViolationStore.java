package org.zhifa.catalog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.catalog.PartyType;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.RangeKind;
import org.zhifa.catalog.model.Violation;
import org.zhifa.common.PageResult;

/**
 * Violations. Search is a plain ILIKE scan over code, name, articles and matter: pg_trgm cannot use an index for
 * two-character Chinese patterns such as 超限 (stack-notes), and a scan of a few thousand rows is fast enough
 * (bench/catalog-bench.sh measures it).
 */
@Repository
public class ViolationStore {

    private static final String SELECT = """
            select v.*, m.code as matter_code, m.name as matter_name,
                   exists (select 1 from catalog_exemption_item e where e.violation_id = v.id and e.active) as exemption_listed
            from catalog_violation v join catalog_matter m on m.id = v.matter_id
            """;

    private final JdbcClient jdbc;

    public ViolationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Violation> search(String q, Long matterId, int page, int size) {
        int s = PageResult.clampSize(size);
        int p = Math.max(0, page);
        String like = q == null || q.isBlank() ? null : "%" + escape(q.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        record Row(Violation violation, long total) {
        }
        List<Row> rows = jdbc.sql(SELECT.replace("select v.*", "select count(*) over () as total, v.*") + """
                where (cast(:like as text) is null or v.search_text like :like or m.name like :like)
                  and (cast(:matter as bigint) is null or v.matter_id = :matter)
                order by case when lower(v.code) like :like or v.name like :like then 0 else 1 end, v.code
                limit :limit offset :offset""")
                .param("like", like).param("matter", matterId).param("limit", s).param("offset", (long) p * s)
                .query((rs, n) -> new Row(violation(rs, n), rs.getLong("total"))).list();
        long total = rows.isEmpty() ? (p == 0 ? 0 : count(like, matterId)) : rows.get(0).total();
        return new PageResult<>(rows.stream().map(Row::violation).toList(), total, p, s);
    }

    private long count(String like, Long matterId) {
        return jdbc.sql("""
                select count(*) from catalog_violation v join catalog_matter m on m.id = v.matter_id
                where (cast(:like as text) is null or v.search_text like :like or m.name like :like)
                  and (cast(:matter as bigint) is null or v.matter_id = :matter)""")
                .param("like", like).param("matter", matterId).query(Long.class).single();
    }

    public Optional<Violation> findByCode(String code) {
        return jdbc.sql(SELECT + " where v.code = :code").param("code", code).query(ViolationStore::violation).optional();
    }

    public Optional<Violation> findById(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(ViolationStore::violation).optional();
    }

    public List<Violation> byMatter(long matterId) {
        return jdbc.sql(SELECT + " where v.matter_id = :m order by v.code").param("m", matterId)
                .query(ViolationStore::violation).list();
    }

    public long insert(Violation v) {
        return jdbc.sql("""
                insert into catalog_violation (code, name, matter_id, violated_ref, violated_text, violated_source,
                    violated_version, penalty_ref, penalty_text, penalty_source, penalty_version, penalty_kinds, range_kind,
                    fine_min_fen, fine_max_fen, range_text, party_types, compulsory_measures, compulsory_note, status)
                values (:code, :name, :matter, :vref, :vtext, :vsrc, :vver, :pref, :ptext, :psrc, :pver, :kinds, :rk,
                    :min, :max, :rtext, :parties, :cm, :cnote, :status) returning id""")
                .params(params(v)).query(Long.class).single();
    }

    public void update(Violation v) {
        int n = jdbc.sql("""
                update catalog_violation set name = :name, matter_id = :matter, violated_ref = :vref, violated_text = :vtext,
                    violated_source = :vsrc, violated_version = :vver, penalty_ref = :pref, penalty_text = :ptext,
                    penalty_source = :psrc, penalty_version = :pver, penalty_kinds = :kinds, range_kind = :rk,
                    fine_min_fen = :min, fine_max_fen = :max, range_text = :rtext, party_types = :parties,
                    compulsory_measures = :cm, compulsory_note = :cnote, status = :status, version = version + 1,
                    updated_at = now()
                where id = :id and version = :version""")
                .params(params(v)).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("catalog_violation " + v.id());
        }
    }

    private static java.util.Map<String, Object> params(Violation v) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("id", v.id());
        m.put("version", v.version());
        m.put("code", v.code());
        m.put("name", v.name());
        m.put("matter", v.matterId());
        m.put("vref", v.violatedRef());
        m.put("vtext", v.violatedText());
        m.put("vsrc", v.violatedSource());
        m.put("vver", v.violatedVersion());
        m.put("pref", v.penaltyRef());
        m.put("ptext", v.penaltyText());
        m.put("psrc", v.penaltySource());
        m.put("pver", v.penaltyVersion());
        m.put("kinds", Csv.join(v.penaltyKinds()));
        m.put("rk", v.rangeKind().name());
        m.put("min", v.fineMinFen());
        m.put("max", v.fineMaxFen());
        m.put("rtext", v.rangeText());
        m.put("parties", Csv.join(v.partyTypes()));
        m.put("cm", v.compulsoryMeasures());
        m.put("cnote", v.compulsoryNote());
        m.put("status", v.status().name());
        return m;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Violation violation(ResultSet rs, int n) throws SQLException {
        return new Violation(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("matter_id"),
                rs.getString("matter_code"), rs.getString("matter_name"), rs.getString("violated_ref"),
                rs.getString("violated_text"), rs.getString("violated_source"), rs.getString("violated_version"),
                rs.getString("penalty_ref"), rs.getString("penalty_text"), rs.getString("penalty_source"),
                rs.getString("penalty_version"), Csv.enums(rs.getString("penalty_kinds"), PenaltyKind.class),
                RangeKind.valueOf(rs.getString("range_kind")), (Long) rs.getObject("fine_min_fen"),
                (Long) rs.getObject("fine_max_fen"), rs.getString("range_text"),
                Csv.enums(rs.getString("party_types"), PartyType.class), rs.getBoolean("compulsory_measures"),
                rs.getString("compulsory_note"), rs.getBoolean("exemption_listed"),
                CatalogStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
