package org.zhifa.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.common.PageResult;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;

/** Rows of evidence_item and evidence_link. */
@Repository
public class EvidenceRecords {

    private static final String COLUMNS = """
            id, kind, title, description, collected_by_user_id, collected_by_name, collected_at, place, device,
            continuous_recording, unit_id, unit_name, content_sm3, content_sha256, content_size, media_type,
            file_name, supersedes_id, supersede_reason, superseded_by_id, created_at""";

    private final JdbcClient jdbc;

    EvidenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Search criteria; blank values do not filter. */
    public record Filter(String q, EvidenceKind kind, EvidenceTargetType targetType, String targetId,
            boolean currentOnly) {

        public static Filter none() {
            return new Filter(null, null, null, null, false);
        }
    }

    long nextItemId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('evidence_item', 'id'))").query(Long.class).single();
    }

    long nextLinkId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('evidence_link', 'id'))").query(Long.class).single();
    }

    void insert(EvidenceItem i) {
        jdbc.sql("""
                insert into evidence_item (id, kind, title, description, collected_by_user_id, collected_by_name,
                    collected_at, place, device, continuous_recording, unit_id, unit_name, content_sm3, content_sha256,
                    content_size, media_type, file_name, supersedes_id, supersede_reason, created_at)
                values (:id, :kind, :title, :description, :byId, :byName, :collectedAt, :place, :device, :continuous,
                    :unitId, :unitName, :sm3, :sha256, :size, :mediaType, :fileName, :supersedes, :reason, :createdAt)
                """)
                .param("id", i.id()).param("kind", i.kind().name()).param("title", i.title())
                .param("description", i.description()).param("byId", i.collectedByUserId())
                .param("byName", i.collectedByName()).param("collectedAt", odt(i.collectedAt()))
                .param("place", i.place()).param("device", i.device()).param("continuous", i.continuousRecording())
                .param("unitId", i.unitId()).param("unitName", i.unitName()).param("sm3", i.contentSm3())
                .param("sha256", i.contentSha256()).param("size", i.contentSize()).param("mediaType", i.mediaType())
                .param("fileName", i.fileName()).param("supersedes", i.supersedesId())
                .param("reason", i.supersedeReason()).param("createdAt", odt(i.createdAt()))
                .update();
    }

    /** Sets the one mutable pointer; false when someone else superseded the item first. */
    boolean markSuperseded(long id, long byId) {
        return jdbc.sql("""
                update evidence_item set superseded_by_id = ?, version = version
                where id = ? and superseded_by_id is null
                """).params(byId, id).update() == 1;
    }

    void insertLink(EvidenceLink l) {
        jdbc.sql("""
                insert into evidence_link (id, evidence_id, target_type, target_id, target_name, linked_by_user_id,
                    linked_by_name, linked_at, text_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(l.id(), l.evidenceId(), l.targetType().name(), l.targetId(), l.targetName(),
                        l.linkedByUserId(), l.linkedByName(), odt(l.linkedAt()), l.textVersion()).update();
    }

    boolean linkExists(long evidenceId, EvidenceTargetType type, String targetId) {
        return jdbc.sql("select count(*) from evidence_link where evidence_id = ? and target_type = ? and target_id = ?")
                .params(evidenceId, type.name(), targetId).query(Long.class).single() > 0;
    }

    /** The item whose logged metadata says it corrects item {@code id}. */
    public Optional<EvidenceItem> findSuperseding(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item where supersedes_id = ?").param(id).query(this::item)
                .optional();
    }

    public Optional<EvidenceItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item where id = ?").param(id).query(this::item)
                .optional();
    }

    public List<EvidenceLink> links(long evidenceId) {
        return jdbc.sql("""
                select id, evidence_id, target_type, target_id, linked_by_user_id, linked_by_name, linked_at, target_name,
                    text_version
                from evidence_link where evidence_id = ? order by id
                """).param(evidenceId).query(EvidenceRecords::link).list();
    }

    /** Items linked to a target whose unit is not among {@code unitIds}. */
    long countLinkedOutside(EvidenceTargetType type, String targetId, Set<Long> unitIds, boolean currentOnly) {
        return jdbc.sql("""
                select count(distinct i.id) from evidence_item i join evidence_link l on l.evidence_id = i.id
                where l.target_type = :type and l.target_id = :id and not (i.unit_id = any(:units))
                """ + (currentOnly ? " and not exists (select 1 from evidence_item s where s.supersedes_id = i.id)" : ""))
                .param("type", type.name()).param("id", targetId).param("units", unitIds.toArray(Long[]::new))
                .query(Long.class).single();
    }

    public List<Long> allItemIds(long afterId, int limit) {
        return jdbc.sql("select id from evidence_item where id > ? order by id limit ?").params(afterId, limit)
                .query(Long.class).list();
    }

    public PageResult<EvidenceItem> search(Filter f, Set<Long> unitIds, int page, int size) {
        StringBuilder where = new StringBuilder(" where i.unit_id = any(:units)");
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (i.title ilike :q or i.description ilike :q or i.place ilike :q or i.device ilike :q"
                    + " or i.file_name ilike :q or i.collected_by_name ilike :q)");
        }
        if (f.kind() != null) {
            where.append(" and i.kind = :kind");
        }
        if (f.targetType() != null || (f.targetId() != null && !f.targetId().isBlank())) {
            where.append(" and exists (select 1 from evidence_link l where l.evidence_id = i.id");
            if (f.targetType() != null) {
                where.append(" and l.target_type = :targetType");
            }
            if (f.targetId() != null && !f.targetId().isBlank()) {
                where.append(" and l.target_id = :targetId");
            }
            where.append(")");
        }
        if (f.currentOnly()) {
            // From the logged supersedes_id of the correcting item, not the one mutable column.
            where.append(" and not exists (select 1 from evidence_item s where s.supersedes_id = i.id)");
        }
        Long[] units = unitIds.toArray(Long[]::new);
        String q = f.q() == null ? null : "%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        long total = bind(jdbc.sql("select count(*) from evidence_item i" + where), f, units, q)
                .query(Long.class).single();
        List<EvidenceItem> items = bind(jdbc.sql("select " + COLUMNS.replace("\n", " ") + " from evidence_item i"
                + where + " order by i.created_at desc, i.id desc limit :limit offset :offset"), f, units, q)
                .param("limit", size).param("offset", (long) page * size)
                .query(this::item).list();
        return new PageResult<>(items, total, page, size);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, Long[] units, String q) {
        spec = spec.param("units", units);
        if (f.q() != null && !f.q().isBlank()) {
            spec = spec.param("q", q);
        }
        if (f.kind() != null) {
            spec = spec.param("kind", f.kind().name());
        }
        if (f.targetType() != null) {
            spec = spec.param("targetType", f.targetType().name());
        }
        if (f.targetId() != null && !f.targetId().isBlank()) {
            spec = spec.param("targetId", f.targetId().trim());
        }
        return spec;
    }

    private EvidenceItem item(ResultSet rs, int n) throws SQLException {
        return new EvidenceItem(rs.getLong("id"), EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("description"), rs.getLong("collected_by_user_id"), rs.getString("collected_by_name"),
                instant(rs, "collected_at"), rs.getString("place"), rs.getString("device"),
                rs.getBoolean("continuous_recording"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("content_sm3"), rs.getString("content_sha256"), (Long) rs.getObject("content_size"),
                rs.getString("media_type"), rs.getString("file_name"), (Long) rs.getObject("supersedes_id"),
                rs.getString("supersede_reason"), (Long) rs.getObject("superseded_by_id"), instant(rs, "created_at"));
    }

    private static EvidenceLink link(ResultSet rs, int n) throws SQLException {
        return new EvidenceLink(rs.getLong(1), rs.getLong(2), EvidenceTargetType.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(8), rs.getLong(5), rs.getString(6), instant(rs, "linked_at"), rs.getInt(9));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime odt(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
