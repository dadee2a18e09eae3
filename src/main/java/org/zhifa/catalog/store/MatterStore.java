package org.zhifa.catalog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.ChangeType;
import org.zhifa.catalog.model.EnforcementMatter;
import org.zhifa.catalog.model.MatterChange;
import org.zhifa.catalog.model.MatterKind;

/** Enforcement matters and their change history. */
@Repository
public class MatterStore {

    private final JdbcClient jdbc;

    public MatterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EnforcementMatter> all() {
        return jdbc.sql("select * from catalog_matter order by code").query(MatterStore::matter).list();
    }

    public List<EnforcementMatter> search(String q, CatalogStatus status) {
        String like = q == null || q.isBlank() ? null : "%" + q.trim() + "%";
        return jdbc.sql("""
                select * from catalog_matter
                where (cast(:like as text) is null or code ilike :like or name ilike :like or legal_basis ilike :like)
                  and (cast(:status as text) is null or status = :status)
                order by code""")
                .param("like", like).param("status", status == null ? null : status.name())
                .query(MatterStore::matter).list();
    }

    public Optional<EnforcementMatter> find(long id) {
        return jdbc.sql("select * from catalog_matter where id = :id").param("id", id).query(MatterStore::matter)
                .optional();
    }

    public Optional<EnforcementMatter> findByCode(String code) {
        return jdbc.sql("select * from catalog_matter where code = :code").param("code", code)
                .query(MatterStore::matter).optional();
    }

    public long insert(EnforcementMatter m) {
        return jdbc.sql("""
                insert into catalog_matter (code, name, kind, legal_basis, level, exercising_unit_ids, exercising_note, status)
                values (:code, :name, :kind, :basis, :level, :units, :note, :status) returning id""")
                .param("code", m.code()).param("name", m.name()).param("kind", m.kind().name())
                .param("basis", m.legalBasis()).param("level", m.level())
                .param("units", Csv.join(m.exercisingUnitIds())).param("note", m.exercisingNote())
                .param("status", m.status().name()).query(Long.class).single();
    }

    /** Updates content and status, checking the version read by the editor (optimistic lock). */
    public void update(EnforcementMatter m) {
        int n = jdbc.sql("""
                update catalog_matter set name = :name, kind = :kind, legal_basis = :basis, level = :level,
                       exercising_unit_ids = :units, exercising_note = :note, status = :status,
                       version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("name", m.name()).param("kind", m.kind().name()).param("basis", m.legalBasis())
                .param("level", m.level()).param("units", Csv.join(m.exercisingUnitIds()))
                .param("note", m.exercisingNote()).param("status", m.status().name()).param("id", m.id())
                .param("version", m.version()).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("catalog_matter " + m.id());
        }
    }

    public void addChange(long matterId, LocalDate date, ChangeType type, String reason, String document,
            CatalogStatus after, String by) {
        jdbc.sql("""
                insert into catalog_matter_change (matter_id, change_date, change_type, reason, document, status_after, recorded_by)
                values (:m, :d, :t, :r, :doc, :s, :by)""")
                .param("m", matterId).param("d", date).param("t", type.name()).param("r", reason)
                .param("doc", document).param("s", after.name()).param("by", by).update();
    }

    public List<MatterChange> changes(long matterId) {
        return jdbc.sql("select * from catalog_matter_change where matter_id = :m order by change_date desc, id desc")
                .param("m", matterId)
                .query((rs, n) -> new MatterChange(rs.getLong("id"), rs.getLong("matter_id"),
                        rs.getObject("change_date", LocalDate.class), ChangeType.valueOf(rs.getString("change_type")),
                        rs.getString("reason"), rs.getString("document"),
                        CatalogStatus.valueOf(rs.getString("status_after")), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    static EnforcementMatter matter(ResultSet rs, int n) throws SQLException {
        return new EnforcementMatter(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                MatterKind.valueOf(rs.getString("kind")), rs.getString("legal_basis"), rs.getString("level"),
                Csv.longs(rs.getString("exercising_unit_ids")), rs.getString("exercising_note"),
                CatalogStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
