package org.zhifa.evidence;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read access for other modules to the evidence linked to a target (e.g. a case's 证据清单): the current items (a
 * corrected item is replaced by its correction), each with what the list prints and the index of its metadata leaf in
 * the evidence log. Callers check the actor's access to the target; this reads only what is linked to it.
 */
@Component
public class LinkedEvidence {

    /**
     * One item as a list shows it.
     *
     * @param id              evidence item id
     * @param kind            statutory kind (《行政处罚法》第四十六条)
     * @param title           title as entered
     * @param collectedByName who collected it
     * @param unitName        the collecting officer's unit
     * @param collectedAt     when it was collected
     * @param place           where, or null
     * @param device          the recording device, or null
     * @param contentSm3      SM3 of the stored file, or null (an item without a file)
     * @param logIndex        index of the item's metadata leaf in the evidence log, or null while not yet logged
     */
    public record Item(long id, EvidenceKind kind, String title, String collectedByName, String unitName,
            Instant collectedAt, String place, String device, String contentSm3, Long logIndex) {
    }

    private final JdbcClient jdbc;

    LinkedEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current items linked to the target, in the order they were collected. */
    public List<Item> linkedTo(EvidenceTargetType type, String targetId) {
        return jdbc.sql("""
                select i.id, i.kind, i.title, i.collected_by_name, i.unit_name, i.collected_at, i.place, i.device,
                       i.content_sm3,
                       (select min(l.leaf_index) from evidence_log_leaf l where l.evidence_id = i.id and l.kind = 'METADATA')
                from evidence_item i join evidence_link k on k.evidence_id = i.id
                where k.target_type = :type and k.target_id = :id
                  and not exists (select 1 from evidence_item s where s.supersedes_id = i.id)
                order by i.collected_at, i.id
                """).param("type", type.name()).param("id", targetId)
                .query((rs, n) -> new Item(rs.getLong(1), EvidenceKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8), rs.getString(9), (Long) rs.getObject(10)))
                .list();
    }
}
