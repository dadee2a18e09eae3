package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.log.OwnerOnly;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.ContentStore;
import org.zhifa.evidence.store.DualDigest;

/**
 * Puts received bytes into the content store. New content is stored as it is. Content whose name already exists is
 * compared with the stored copy: an intact copy is kept, a damaged (or vanished) copy is repaired with the new bytes —
 * only after checking them against every SM3, SHA-256 and size the log and the items record for that name — and the
 * repair raises an integrity alarm (alarm table and audit log, as the self-audit's alarms), because a damaged copy
 * means someone or something changed evidence on disk.
 */
@Service
public class StoredCopies {

    private final ContentStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Path staging;
    private final Clock clock;

    StoredCopies(ContentStore store, JdbcClient jdbc, AuditTrail audit, EvidenceConfiguration.EvidencePaths paths,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.staging = paths.staging();
    }

    /** What publishing did with the stored copy. */
    public enum Outcome {
        /** New content, now stored. */
        STORED,
        /** Already stored and the stored copy is intact. */
        INTACT,
        /** The stored copy was damaged and has been replaced by the verified bytes. */
        REPAIRED,
        /** Recorded evidence whose stored copy had vanished, now restored. */
        RESTORED
    }

    /**
     * Streams {@code content} to a staging file (mode 600) while digesting it, refuses it (400, nothing stored) when
     * it differs from what the client stated, and publishes it otherwise.
     */
    public ContentDigest put(InputStream content, StatedDigest stated) throws IOException {
        Path staged = OwnerOnly.createFile(staging, "put-", ".part");
        try {
            ContentDigest d = DualDigest.toFile(content, staged);
            Map<String, String> mismatches = stated.mismatches(d, "上传文件");
            if (!mismatches.isEmpty()) {
                throw new InvalidInputException(String.join("；", mismatches.values()) + "；文件未保存", mismatches);
            }
            publish(staged, d);
            return d;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** Publishes a fully received, digested staging file (see the class comment). */
    public Outcome publish(Path staged, ContentDigest digest) throws IOException {
        boolean recorded = !recordedItems(digest.sm3Hex()).isEmpty();
        if (!store.exists(digest.sm3Hex())) {
            if (recorded) {
                checkAgainstRecords(digest);
            }
            store.adopt(staged, digest);
            if (recorded) {
                alarm("FILE_RESTORED", digest, "存储中缺失的证据文件 " + digest.sm3Hex()
                        + " 已用重新上传且与日志记载的摘要一致的内容恢复");
                return Outcome.RESTORED;
            }
            return Outcome.STORED;
        }
        ContentDigest stored;
        String damage;
        try {
            stored = store.digestOf(digest.sm3Hex());
            damage = "现 SM3 " + stored.sm3Hex() + "、SHA-256 " + stored.sha256Hex() + "、" + stored.size() + " 字节";
        } catch (IOException | RuntimeException e) {
            stored = null;
            damage = "无法读取：" + e.getMessage();
        }
        if (digest.equals(stored)) {
            Files.deleteIfExists(staged);
            return Outcome.INTACT;
        }
        checkAgainstRecords(digest);
        store.replace(staged, digest);
        alarm("FILE_REPAIRED", digest, "存储中的证据文件 " + digest.sm3Hex() + " 已损坏（" + damage
                + "），已用重新上传并与日志记载的 SM3、SHA-256 和大小核对一致的内容修复");
        return Outcome.REPAIRED;
    }

    /** The new bytes must be exactly what every item and FILE log leaf with this SM3 records. */
    private void checkAgainstRecords(ContentDigest digest) {
        for (Map<String, Object> r : recordedItems(digest.sm3Hex())) {
            if (!digest.sha256Hex().equals(r.get("content_sha256"))
                    || digest.size() != ((Number) r.get("content_size")).longValue()) {
                throw new InvalidInputException("上传的内容与证据 " + r.get("id") + " 记载的 SHA-256 或大小不符，未写入存储");
            }
        }
        for (byte[] leaf : jdbc.sql("""
                select l.leaf from evidence_log_leaf l join evidence_item i on i.id = l.evidence_id
                where i.content_sm3 = ? and l.kind = 'FILE'
                """).param(digest.sm3Hex()).query(byte[].class).list()) {
            var decoded = org.zhifa.evidence.log.EvidenceLeaf.decode(leaf);
            if (!decoded.sm3Hex().equals(digest.sm3Hex()) || !decoded.sha256Hex().equals(digest.sha256Hex())
                    || decoded.contentSize() != digest.size()) {
                throw new InvalidInputException("上传的内容与证据日志记载的摘要不符，未写入存储");
            }
        }
    }

    private List<Map<String, Object>> recordedItems(String sm3Hex) {
        return jdbc.sql("select id, content_sha256, content_size from evidence_item where content_sm3 = ? order by id")
                .param(sm3Hex).query().listOfRows();
    }

    private void alarm(String kind, ContentDigest digest, String detail) {
        List<Long> items = jdbc.sql("select id from evidence_item where content_sm3 = ? order by id")
                .param(digest.sm3Hex()).query(Long.class).list();
        Long first = items.isEmpty() ? null : items.get(0);
        for (Long id : items.isEmpty() ? java.util.Collections.<Long>singletonList(null) : items) {
            jdbc.sql("insert into evidence_integrity_alarm (detected_at, kind, evidence_id, detail) values (?, ?, ?, ?)")
                    .params(EvidenceRecords.odt(clock.instant()), kind, id, detail).update();
        }
        // By the user whose upload found the damage (security context), as a failure: an alarm, not a routine step.
        audit.record("EVIDENCE_INTEGRITY_ALARM", "EVIDENCE", first == null ? digest.sm3Hex() : String.valueOf(first),
                AuditResult.FAILURE, kind + "：" + detail + (items.size() > 1 ? "（涉及证据 " + items + "）" : ""));
    }
}
