package org.zhifa.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Law;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.crypto.Sm3;

/**
 * Files attached to a unit's progress entry as evidence (佐证材料), beside the names and links of the entry: stored
 * once under their SM3 digest (content-addressed, {@code ledger_file_content}), listed with the entry and downloaded
 * by those who may read the unit's ledger. The unit's head adds them while the entry awaits review.
 */
@Service
public class ProgressFiles {

    /** Largest file accepted (20 MB, a setting of zhifa: scanned documents and photos, not recordings). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** A file of an entry as listed. */
    public record File(long id, long progressId, String filename, String mediaType, int sizeBytes, String sm3,
            String addedBy, Instant addedAt) {
    }

    /** What a file is, by its first bytes (the name and the browser's type are not trusted). */
    enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        /** Word and Excel files (Office Open XML: a ZIP container). */
        OFFICE("application/octet-stream", new byte[] {'P', 'K', 3, 4});

        final String mediaType;
        final byte[] magic;

        Type(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        static Optional<Type> of(byte[] content) {
            return Arrays.stream(values()).filter(t -> content.length >= t.magic.length
                    && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length)).findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressFiles(JdbcClient jdbc, Ledger ledger, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit's head attaches a file to the unit's entry while it awaits review. */
    @Transactional
    public File add(Actor actor, long progressId, String filename, byte[] content) {
        Ledger.Progress p = ledger.progress(progressId);
        if (!actor.hasRole("UNIT_HEAD") || actor.unitId() != p.unitId() || !"UNIT".equals(p.source())) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(32), "佐证材料由本单位负责人上传"));
        }
        if (p.reviewResult() != null) {
            throw new ConflictException("该进展已审核（" + p.reviewLabel() + "），不能再添加佐证材料");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("请选择佐证材料文件", Map.of("file", "请选择文件"));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("文件超过 20 MB", Map.of("file", "文件超过 20 MB"));
        }
        Type type = Type.of(content).orElseThrow(() -> new InvalidInputException(
                "佐证材料应为 PDF、JPG、PNG 或 Word、Excel 文件", Map.of("file", "不是 PDF、JPG、PNG、Word 或 Excel 文件")));
        String name = safeName(filename);
        String sm3 = Sm3.hex(content);
        jdbc.sql("insert into ledger_file_content (sm3, size_bytes, content) values (?, ?, ?) on conflict (sm3) do nothing")
                .params(sm3, content.length, content).update();
        long id = jdbc.sql("""
                insert into action_progress_file (progress_id, filename, media_type, size_bytes, sm3, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""").params(progressId, name, type.mediaType, content.length,
                sm3, actor.username(), Timestamp.from(clock.instant())).query(Long.class).single();
        audit.success("LEDGER_PROGRESS_FILE_ADDED", "ACTION_PROGRESS", progressId, "上传佐证材料“" + name + "”，SM3 " + sm3);
        return find(id);
    }

    /** The files of an entry, for those who may read the unit's ledger. */
    public List<File> list(Actor actor, long progressId) {
        Ledger.Progress p = ledger.progress(progressId);
        ledger.requireReader(actor, p.unitId());
        return p.files();
    }

    /** A file with its content, for those who may read the unit's ledger. */
    public Map.Entry<File, byte[]> download(Actor actor, long fileId) {
        File f = find(fileId);
        ledger.requireReader(actor, ledger.progress(f.progressId()).unitId());
        byte[] content = jdbc.sql("select content from ledger_file_content where sm3 = ?").param(f.sm3())
                .query(byte[].class).single();
        return Map.entry(f, content);
    }

    private File find(long id) {
        return jdbc.sql("select * from action_progress_file where id = ?").param(id).query((rs, i) -> map(rs))
                .optional().orElseThrow(() -> new NotFoundException("佐证材料不存在"));
    }

    static File map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new File(rs.getLong("id"), rs.getLong("progress_id"), rs.getString("filename"),
                rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sm3"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }

    /** The file's own name without any path, at most 200 characters. */
    static String safeName(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty()) {
            n = "佐证材料";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
