package org.zhifa.evidence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integrity status of the evidence linked to a record, for supervision (案卷评查 pre-check, integrity alerts):
 * how many items are linked, how many carry a content hash entered in the SM3 transparency log, and the integrity
 * alarms raised on them.
 */
@Service
public class EvidenceIntegrity {

    /**
     * @param linked  current (not superseded) items linked to the target
     * @param logged  of those, items with content whose hash is a leaf of the transparency log
     * @param alarms  the integrity alarms raised on those items (detail text, newest first)
     */
    public record Status(int linked, int logged, List<String> alarms) {

        public Status {
            alarms = List.copyOf(alarms);
        }

        /** Every linked item is in the log and none has an alarm. */
        public boolean intact() {
            return logged == linked && alarms.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    EvidenceIntegrity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Status of(EvidenceTargetType type, String targetId) {
        List<Long> ids = jdbc.sql("""
                select i.id from evidence_link l join evidence_item i on i.id = l.evidence_id
                where l.target_type = :type and l.target_id = :target and i.superseded_by_id is null""")
                .param("type", type.name()).param("target", targetId).query(Long.class).list();
        if (ids.isEmpty()) {
            return new Status(0, 0, List.of());
        }
        int logged = jdbc.sql("""
                select count(distinct i.id) from evidence_item i join evidence_log_leaf f on f.evidence_id = i.id
                where i.id in (:ids) and i.content_sm3 is not null""").param("ids", ids).query(Integer.class).single();
        List<String> alarms = jdbc.sql("""
                select kind || '：' || detail from evidence_integrity_alarm where evidence_id in (:ids)
                order by detected_at desc limit 20""").param("ids", ids).query(String.class).list();
        return new Status(ids.size(), logged, alarms);
    }

    /** An integrity alarm on an item of a unit. */
    public record Alarm(long evidenceId, long unitId, String title, String kind, String detail,
            java.time.Instant detectedAt) {
    }

    /** The latest integrity alarms raised on items of the units (newest first). */
    @Transactional(readOnly = true)
    public List<Alarm> alarms(java.util.Set<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.evidence_id, i.unit_id, i.title, a.kind, a.detail, a.detected_at
                from evidence_integrity_alarm a join evidence_item i on i.id = a.evidence_id
                where i.unit_id in (:units) order by a.detected_at desc limit :limit""")
                .param("units", unitIds).param("limit", limit)
                .query((rs, i) -> new Alarm(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }
}
