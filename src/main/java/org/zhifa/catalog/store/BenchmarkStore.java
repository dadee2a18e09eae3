package org.zhifa.catalog.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.DiscretionFactor;
import org.zhifa.catalog.model.DiscretionTier;
import org.zhifa.catalog.model.FactDefinition;
import org.zhifa.catalog.model.FactType;
import org.zhifa.catalog.model.FactorDirection;
import org.zhifa.catalog.model.FactorEffect;
import org.zhifa.catalog.model.TierSanction;

/** Benchmark versions with their facts, tiers and factors. */
@Repository
public class BenchmarkStore {

    private final JdbcClient jdbc;

    public BenchmarkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, long violationId, int versionNo, String title, LocalDate from, LocalDate to,
            String approvedBy, LocalDate approvedOn, String filingRef, LocalDate filingDate, boolean published,
            String sourceNote, String changeReason, String createdBy, OffsetDateTime createdAt) {
    }

    public List<BenchmarkVersion> versions(long violationId) {
        List<Head> heads = jdbc.sql("select * from catalog_benchmark_version where violation_id = :v order by version_no")
                .param("v", violationId).query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("violation_id"),
                        rs.getInt("version_no"), rs.getString("title"), rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class), rs.getString("approved_by"),
                        rs.getObject("approved_on", LocalDate.class), rs.getString("filing_ref"),
                        rs.getObject("filing_date", LocalDate.class), rs.getBoolean("published"),
                        rs.getString("source_note"), rs.getString("change_reason"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, List<FactDefinition>> facts = jdbc.sql(
                "select * from catalog_benchmark_fact where version_id in (:ids) order by ordinal").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("version_id"), new FactDefinition(rs.getString("fact_key"),
                        rs.getString("label"), FactType.valueOf(rs.getString("fact_type")), rs.getString("unit"),
                        rs.getString("choices") == null ? List.of()
                                : Arrays.stream(rs.getString("choices").split("[,，]")).map(String::trim).toList())))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<DiscretionTier>> tiers = jdbc.sql(
                "select * from catalog_benchmark_tier where version_id in (:ids) order by ordinal").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("version_id"), new DiscretionTier(rs.getInt("ordinal"),
                        rs.getString("name"), rs.getString("condition_text"), rs.getString("condition_expr"),
                        TierSanction.valueOf(rs.getString("sanction")), (Long) rs.getObject("min_fen"),
                        (Long) rs.getObject("max_fen"), rs.getString("multiple_fact"),
                        rs.getObject("min_multiple", BigDecimal.class), rs.getObject("max_multiple", BigDecimal.class),
                        rs.getString("other_measures"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<DiscretionFactor>> factors = jdbc.sql(
                "select * from catalog_benchmark_factor where version_id in (:ids) order by ordinal").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("version_id"), new DiscretionFactor(rs.getInt("ordinal"),
                        rs.getString("code"), rs.getString("name"), FactorDirection.valueOf(rs.getString("direction")),
                        FactorEffect.valueOf(rs.getString("effect")), rs.getString("legal_basis"),
                        rs.getBoolean("reduction_allowed"), rs.getInt("shift_percent"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return heads.stream().map(h -> new BenchmarkVersion(h.id(), h.violationId(), h.versionNo(), h.title(), h.from(),
                h.to(), h.approvedBy(), h.approvedOn(), h.filingRef(), h.filingDate(), h.published(), h.sourceNote(),
                h.changeReason(), facts.getOrDefault(h.id(), List.of()), tiers.getOrDefault(h.id(), List.of()),
                factors.getOrDefault(h.id(), List.of()), h.createdBy(), h.createdAt())).toList();
    }

    public Optional<Long> violationOf(long versionId) {
        return jdbc.sql("select violation_id from catalog_benchmark_version where id = :id").param("id", versionId)
                .query(Long.class).optional();
    }

    public int nextVersionNo(long violationId) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from catalog_benchmark_version where violation_id = :v")
                .param("v", violationId).query(Integer.class).single();
    }

    /** Inserts a draft (unpublished) version with its content; returns its id. */
    public long insertDraft(BenchmarkVersion v) {
        long id = jdbc.sql("""
                insert into catalog_benchmark_version (violation_id, version_no, title, effective_from, approved_by,
                    approved_on, filing_ref, filing_date, published, source_note, change_reason, created_by)
                values (:vid, :no, :title, :from, :by, :on, :fref, :fdate, false, :src, :reason, :creator) returning id""")
                .param("vid", v.violationId()).param("no", v.versionNo()).param("title", v.title())
                .param("from", v.effectiveFrom()).param("by", v.approvedBy()).param("on", v.approvedOn())
                .param("fref", v.filingRef()).param("fdate", v.filingDate()).param("src", v.sourceNote())
                .param("reason", v.changeReason()).param("creator", v.createdBy()).query(Long.class).single();
        writeContent(id, v);
        return id;
    }

    /** Replaces a draft's content. The caller has checked that the version is not published. */
    public void updateDraft(long id, BenchmarkVersion v) {
        int n = jdbc.sql("""
                update catalog_benchmark_version set title = :title, effective_from = :from, approved_by = :by,
                    approved_on = :on, filing_ref = :fref, filing_date = :fdate, source_note = :src,
                    change_reason = :reason, version = version + 1
                where id = :id and not published""")
                .param("title", v.title()).param("from", v.effectiveFrom()).param("by", v.approvedBy())
                .param("on", v.approvedOn()).param("fref", v.filingRef()).param("fdate", v.filingDate())
                .param("src", v.sourceNote()).param("reason", v.changeReason()).param("id", id).update();
        if (n == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("已公布的版本不能修改");
        }
        jdbc.sql("delete from catalog_benchmark_fact where version_id = :id").param("id", id).update();
        jdbc.sql("delete from catalog_benchmark_tier where version_id = :id").param("id", id).update();
        jdbc.sql("delete from catalog_benchmark_factor where version_id = :id").param("id", id).update();
        writeContent(id, v);
    }

    /** Publishes a draft and ends the previous version the day before the new one starts. */
    public void publish(long id, long violationId, LocalDate from) {
        jdbc.sql("""
                update catalog_benchmark_version set effective_to = :end
                where violation_id = :v and published and id <> :id and effective_to is null""")
                .param("end", from.minusDays(1)).param("v", violationId).param("id", id).update();
        jdbc.sql("update catalog_benchmark_version set published = true, version = version + 1 where id = :id")
                .param("id", id).update();
    }

    public void deleteDraft(long id) {
        jdbc.sql("delete from catalog_benchmark_version where id = :id and not published").param("id", id).update();
    }

    private void writeContent(long id, BenchmarkVersion v) {
        for (FactDefinition f : v.facts()) {
            jdbc.sql("""
                    insert into catalog_benchmark_fact (version_id, ordinal, fact_key, label, fact_type, unit, choices)
                    values (:id, :o, :k, :l, :t, :u, :c)""")
                    .param("id", id).param("o", v.facts().indexOf(f) + 1).param("k", f.key()).param("l", f.label())
                    .param("t", f.type().name()).param("u", f.unit()).param("c",
                            f.choices().isEmpty() ? null : String.join(",", f.choices()))
                    .update();
        }
        for (DiscretionTier t : v.tiers()) {
            jdbc.sql("""
                    insert into catalog_benchmark_tier (version_id, ordinal, name, condition_text, condition_expr, sanction,
                        min_fen, max_fen, multiple_fact, min_multiple, max_multiple, other_measures)
                    values (:id, :o, :n, :ct, :ce, :s, :min, :max, :mf, :minm, :maxm, :other)""")
                    .param("id", id).param("o", t.ordinal()).param("n", t.name()).param("ct", t.conditionText())
                    .param("ce", t.conditionExpr()).param("s", t.sanction().name()).param("min", t.minFen())
                    .param("max", t.maxFen()).param("mf", t.multipleFact()).param("minm", t.minMultiple())
                    .param("maxm", t.maxMultiple()).param("other", t.otherMeasures()).update();
        }
        for (DiscretionFactor f : v.factors()) {
            jdbc.sql("""
                    insert into catalog_benchmark_factor (version_id, ordinal, code, name, direction, effect, legal_basis,
                        reduction_allowed, shift_percent)
                    values (:id, :o, :c, :n, :d, :e, :b, :r, :s)""")
                    .param("id", id).param("o", f.ordinal()).param("c", f.code()).param("n", f.name())
                    .param("d", f.direction().name()).param("e", f.effect().name()).param("b", f.legalBasis())
                    .param("r", f.reductionAllowed()).param("s", f.shiftPercent()).update();
        }
    }
}
