package org.zhifa.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module's page needs to show the evidence linked to its record in place: each current item with how the
 * browser plays its file (from evidence's own streaming address, which checks role and data scope, serves byte ranges
 * and audits every read) and its integrity as last checked — by the nightly self-audit or by a check on request
 * ({@code POST /evidence/{id}/verify}): the stored file re-digested against its SM3 in the log and the item's log
 * entries proven included under the signed head. Callers check the actor's access to the record.
 */
@Component
public class EvidencePlayback {

    /** How the browser shows a file. */
    public enum Player {
        VIDEO, AUDIO, IMAGE, PDF, NONE;

        static Player of(String mediaType) {
            if (mediaType == null) {
                return NONE;
            }
            if (mediaType.startsWith("video/")) {
                return VIDEO;
            }
            if (mediaType.startsWith("audio/")) {
                return AUDIO;
            }
            // an SVG is a document that could run script: never shown inline (the stream serves it as a download)
            if (mediaType.startsWith("image/") && !mediaType.contains("svg")) {
                return IMAGE;
            }
            return mediaType.equals("application/pdf") ? PDF : NONE;
        }
    }

    /** The outcome of the last integrity check of an item. */
    public enum Check {
        INTACT("完整"), TAMPERED("已篡改"), UNCHECKED("未核验");

        private final String label;

        Check(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param check     the outcome
     * @param checkedAt when the check ran (null: never checked since the item was registered)
     * @param detail    what was found (kind and description of each finding), or null
     */
    public record Integrity(Check check, Instant checkedAt, String detail) {
    }

    /**
     * One item as a page shows it.
     *
     * @param item        what the evidence list prints
     * @param fileName    the file's name, or null (an item without a file)
     * @param mediaType   the file's media type, or null
     * @param contentSize the file's size in bytes, or null
     */
    public record Shown(LinkedEvidence.Item item, String fileName, String mediaType, Long contentSize, Player player,
            Integrity integrity) {

        /** The streaming address (single byte ranges answered 206; every read audited). */
        public String contentPath() {
            return "/api/evidence/" + item.id() + "/content";
        }

        /** The evidence page of the item (full detail, proof, certificate). */
        public String pagePath() {
            return "/evidence/" + item.id();
        }

        public boolean hasFile() {
            return item.contentSm3() != null;
        }
    }

    /** The roles that read evidence (and so may play it and have it checked): the evidence pages' own. */
    public static final List<String> READER_ROLES = List.of("OFFICER", "UNIT_HEAD", "LEGAL_REVIEWER", "SUPERVISOR");

    /** Whether the actor's role reads evidence at all (the data scope is checked on each item). */
    public static boolean readable(org.zhifa.common.Actor actor) {
        return READER_ROLES.stream().anyMatch(actor::hasRole);
    }

    private record Row(String fileName, String mediaType, Long contentSize, Integrity integrity) {
    }

    private final LinkedEvidence linked;
    private final JdbcClient jdbc;

    EvidencePlayback(LinkedEvidence linked, JdbcClient jdbc) {
        this.linked = linked;
        this.jdbc = jdbc;
    }

    /** The current items linked to the target, in the order they were collected. */
    @Transactional(readOnly = true)
    public List<Shown> linkedTo(EvidenceTargetType type, String targetId) {
        List<LinkedEvidence.Item> items = linked.linkedTo(type, targetId);
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        // the later of the last self-audit run that covered the item (started after it was registered) and the last
        // check on request decides
        jdbc.sql("""
                select i.id, i.file_name, i.media_type, i.content_size, r.finished_at as run_at,
                       (select string_agg(a.detail, '；' order by a.id) from evidence_integrity_alarm a
                        where a.run_id = r.id and a.evidence_id = i.id) as run_findings,
                       c.checked_at, c.intact, c.detail
                from evidence_item i
                left join lateral (select r.id, r.finished_at from evidence_audit_run r
                                   where r.finished_at is not null and r.started_at >= i.created_at
                                   order by r.started_at desc limit 1) r on true
                left join lateral (select c.checked_at, c.intact, c.detail from evidence_item_check c
                                   where c.evidence_id = i.id order by c.checked_at desc, c.id desc limit 1) c on true
                where i.id in (:ids)""").param("ids", items.stream().map(LinkedEvidence.Item::id).toList())
                .query(rs -> {
                    Timestamp runAt = rs.getTimestamp("run_at");
                    Timestamp checkedAt = rs.getTimestamp("checked_at");
                    Integrity integrity;
                    if (checkedAt != null && (runAt == null || !checkedAt.before(runAt))) {
                        boolean intact = rs.getBoolean("intact");
                        integrity = new Integrity(intact ? Check.INTACT : Check.TAMPERED, checkedAt.toInstant(),
                                rs.getString("detail"));
                    } else if (runAt != null) {
                        String findings = rs.getString("run_findings");
                        integrity = new Integrity(findings == null ? Check.INTACT : Check.TAMPERED, runAt.toInstant(),
                                findings);
                    } else {
                        integrity = new Integrity(Check.UNCHECKED, null, null);
                    }
                    rows.put(rs.getLong("id"), new Row(rs.getString("file_name"), rs.getString("media_type"),
                            (Long) rs.getObject("content_size"), integrity));
                });
        return items.stream().map(i -> {
            Row r = rows.get(i.id());
            return new Shown(i, r.fileName(), r.mediaType(), r.contentSize(),
                    i.contentSm3() == null ? Player.NONE : Player.of(r.mediaType()), r.integrity());
        }).toList();
    }
}
