package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.log.OwnerOnly;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.DigestPipeline;
import org.zhifa.evidence.store.DualDigest;

/**
 * Chunked, resumable uploads of large files (body-camera videos of several GB). Each chunk is streamed from the
 * request straight to a staging file (mode 600, directory 700), appended only at the offset the server has confirmed,
 * while SM3 and SHA-256 advance over the same bytes, so memory stays constant and completing needs no second pass.
 *
 * <p>The client may state the SM3 and/or SHA-256 of each chunk and of the whole file; bytes that differ are refused
 * and the upload stays open at the last confirmed offset for the correct bytes.
 *
 * <p>A chunk is written under a lease on the session row (status WRITING, a lease token) and an exclusive lock on the
 * staging file, rather than a row lock held for the whole transfer. A chunk that breaks off is cut back to the
 * confirmed offset. When the writer died (its process was killed), the operating system released its file lock: the
 * owner re-claims the upload at once ({@link #reclaim}) instead of waiting for the lease to run out. Uploads without a
 * chunk for {@code zhifa.evidence.upload-expiry} expire and their staging files are removed.
 */
@Service
public class UploadSessions {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSessions.class);

    private final JdbcClient jdbc;
    private final StoredCopies copies;
    private final EvidenceService evidence;
    private final EvidenceProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Path staging;
    private final Map<UUID, RunningDigest> digests = new ConcurrentHashMap<>();

    UploadSessions(JdbcClient jdbc, StoredCopies copies, EvidenceService evidence, EvidenceProperties properties,
            AuditTrail audit, TransactionTemplate tx, Clock clock, EvidenceConfiguration.EvidencePaths paths)
            throws IOException {
        this.jdbc = jdbc;
        this.copies = copies;
        this.evidence = evidence;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.staging = paths.staging();
        OwnerOnly.createDirectories(staging);
    }

    /** The digest state after {@code offset} bytes of one session. */
    private record RunningDigest(long offset, DualDigest digest) {
    }

    /**
     * An upload session as the client sees it.
     *
     * @param expectedSm3    the whole file's SM3 as stated when the upload was opened (null if not stated)
     * @param expectedSha256 the whole file's SHA-256 as stated when the upload was opened
     * @param expiresAt      when the upload expires unless a chunk arrives (null once completed or expired)
     */
    public record Upload(UUID id, String fileName, String mediaType, long declaredSize, long received,
            String status, Long evidenceId, String expectedSm3, String expectedSha256, Instant expiresAt) {

        public boolean complete() {
            return received == declaredSize;
        }
    }

    /** The client sent a chunk for another offset than the one the server confirmed, or while one is written (409). */
    public static class OffsetMismatchException extends RuntimeException {

        private final transient Upload upload;

        OffsetMismatchException(Upload upload, String message) {
            super(message);
            this.upload = upload;
        }

        public Upload upload() {
            return upload;
        }
    }

    /** Bytes that differ from the digest the client stated (400); the upload stays open at {@link Upload#received}. */
    public static class DigestMismatchException extends InvalidInputException {

        private final transient Upload upload;

        DigestMismatchException(Upload upload, String message, Map<String, String> fields) {
            super(message, fields);
            this.upload = upload;
        }

        public Upload upload() {
            return upload;
        }
    }

    /** What re-sending a damaged item's file did. */
    public record Repair(long evidenceId, StoredCopies.Outcome outcome) {
    }

    public Upload open(String fileName, String mediaType, Long declaredSize, StatedDigest whole, Actor actor) {
        if (declaredSize == null || declaredSize < 0) {
            throw new InvalidInputException("请提供文件大小", Map.of("size", "请提供文件大小（字节）"));
        }
        String name = EvidenceInput.trim(fileName);
        if (name == null) {
            throw new InvalidInputException("请提供文件名", Map.of("fileName", "请提供文件名"));
        }
        UUID id = UUID.randomUUID();
        String type = EvidenceInput.trim(mediaType) == null ? "application/octet-stream" : mediaType.trim();
        var now = EvidenceRecords.odt(clock.instant());
        jdbc.sql("""
                insert into evidence_upload (id, owner_user_id, owner_username, unit_id, file_name, media_type,
                    declared_size, expected_sm3, expected_sha256, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, actor.userId(), actor.username(), actor.unitId(), truncate(name, 255),
                        truncate(type, 150), declaredSize, whole.sm3(), whole.sha256(), now, now).update();
        audit.success("EVIDENCE_UPLOAD_STARTED", "EVIDENCE_UPLOAD", id, "开始分片上传 " + name + "（" + declaredSize
                + " 字节" + (whole.isEmpty() ? "" : "，已声明文件摘要") + "）");
        return find(id, actor);
    }

    public Upload find(UUID id, Actor actor) {
        return jdbc.sql("""
                select id, file_name, media_type, declared_size, received, status, evidence_id, expected_sm3,
                    expected_sha256, updated_at
                from evidence_upload where id = ? and owner_user_id = ?
                """).params(id, actor.userId())
                .query((rs, n) -> {
                    String status = rs.getString(6);
                    boolean live = "OPEN".equals(status) || "WRITING".equals(status);
                    return new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), status, (Long) rs.getObject(7), rs.getString(8), rs.getString(9),
                            live ? rs.getTimestamp(10).toInstant().plus(properties.uploadExpiry()) : null);
                })
                .optional().orElseThrow(() -> new NotFoundException("上传会话不存在或不属于您"));
    }

    /**
     * Appends the request body at {@code offset}, which must equal the bytes received so far. When the client states
     * the chunk's digest and the bytes differ, the chunk is discarded (400) and the upload stays at {@code offset}.
     */
    public Upload appendChunk(UUID id, long offset, InputStream body, StatedDigest stated, Actor actor)
            throws IOException {
        Upload upload = find(id, actor);
        requireLive(upload);
        Path file = OwnerOnly.createFileIfAbsent(stagedFile(id));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(ch);
            if (lock == null) {
                throw new OffsetMismatchException(find(id, actor), "该上传会话正在接收另一个分片，请稍后重试");
            }
            UUID lease = UUID.randomUUID();
            Instant now = clock.instant();
            int claimed = jdbc.sql("""
                    update evidence_upload set status = 'WRITING', lease = ?, updated_at = ?, version = version + 1
                    where id = ? and received = ? and (status = 'OPEN' or (status = 'WRITING' and updated_at < ?))
                    """).params(lease, EvidenceRecords.odt(now), id, offset,
                            EvidenceRecords.odt(now.minus(properties.uploadLease()))).update();
            if (claimed == 0) {
                Upload current = find(id, actor);
                if (current.received() != offset) {
                    throw new OffsetMismatchException(current, "偏移量不符：服务器已确认收到 " + current.received()
                            + " 字节，请求的偏移量为 " + offset + "，请从已收到的位置续传");
                }
                throw new OffsetMismatchException(current, "上一个分片的写入未正常结束（上传会话仍为写入中）；如写入方已中断，"
                        + "可调用 POST /api/evidence/uploads/" + id + "/reclaim 立即收回，否则请稍后重试");
            }
            return write(upload, ch, offset, body, stated, lease, actor);
        }
    }

    private Upload write(Upload upload, FileChannel ch, long offset, InputStream body, StatedDigest stated, UUID lease,
            Actor actor) throws IOException {
        UUID id = upload.id();
        RunningDigest before = digestAt(id, offset, stagedFile(id));
        DualDigest running = before.digest().copy();
        DualDigest chunkDigest = stated.isEmpty() ? null : new DualDigest();
        long received = offset;
        Map<String, String> mismatches = Map.of();
        boolean ok = false;
        // SM3 and SHA-256 run on two worker threads while this one receives and writes (DigestPipeline).
        try (BackgroundFlush flush = new BackgroundFlush(ch);
                DigestPipeline pipeline = chunkDigest == null ? new DigestPipeline(running)
                        : new DigestPipeline(running, chunkDigest)) {
            // Cut off whatever a broken earlier attempt left beyond the confirmed offset.
            ch.truncate(offset);
            ch.position(offset);
            long chunk = 0;
            while (true) {
                byte[] buffer = pipeline.buffer();
                // Whole buffers (the servlet stream returns a few KB per read): fewer, larger hand-overs.
                int n = body.readNBytes(buffer, 0, buffer.length);
                if (n == 0) {
                    break;
                }
                chunk += n;
                if (chunk > properties.maxChunkBytes()) {
                    throw new InvalidInputException("分片过大：单个分片不超过 " + properties.maxChunkBytes() + " 字节");
                }
                if (offset + chunk > upload.declaredSize()) {
                    throw new InvalidInputException("超出声明的文件大小 " + upload.declaredSize() + " 字节");
                }
                pipeline.submit(buffer, n);
                ByteBuffer wrap = ByteBuffer.wrap(buffer, 0, n);
                while (wrap.hasRemaining()) {
                    ch.write(wrap);
                }
                flush.written(n);
            }
            pipeline.finish();
            if (chunkDigest != null) {
                mismatches = stated.mismatches(chunkDigest.finish(), "分片（第 " + offset + " 至 " + (offset + chunk)
                        + " 字节）");
            }
            if (mismatches.isEmpty()) {
                flush.finish();
                received = offset + chunk;
                ok = true;
            }
        } finally {
            if (ok) {
                digests.put(id, new RunningDigest(received, running));
            } else {
                // The confirmed prefix is untouched: go back to its digest state, drop the refused or broken bytes.
                digests.put(id, before);
                ch.truncate(offset);
            }
            jdbc.sql("update evidence_upload set status = 'OPEN', received = ?, lease = null, updated_at = ? "
                    + "where id = ? and lease = ?").params(received, EvidenceRecords.odt(clock.instant()), id, lease)
                    .update();
        }
        if (!mismatches.isEmpty()) {
            audit.refused("EVIDENCE_UPLOAD_DIGEST_MISMATCH", "EVIDENCE_UPLOAD", id, String.join("；", mismatches.values()));
            throw new DigestMismatchException(find(id, actor), String.join("；", mismatches.values())
                    + "；该分片未保存，请从第 " + offset + " 字节重新发送", mismatches);
        }
        return find(id, actor);
    }

    /**
     * The owner takes back an upload whose writer died (status WRITING, lease not yet run out). Allowed only when no
     * process holds the staging file's lock — a live writer does, and the operating system drops the lock of a
     * process that died — so a running transfer is never cut off.
     */
    public Upload reclaim(UUID id, Actor actor) throws IOException {
        Upload upload = find(id, actor);
        if (!"WRITING".equals(upload.status())) {
            requireLive(upload);
            return upload;
        }
        Path file = OwnerOnly.createFileIfAbsent(stagedFile(id));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(ch);
            if (lock == null) {
                audit.refused("EVIDENCE_UPLOAD_RECLAIMED", "EVIDENCE_UPLOAD", id, "收回上传会话被拒绝：仍有写入在进行");
                throw new OffsetMismatchException(upload, "该上传会话仍在接收分片（写入方仍在运行），不能收回；请等待其结束");
            }
            jdbc.sql("""
                    update evidence_upload set status = 'OPEN', lease = null, updated_at = ?, version = version + 1
                    where id = ? and status = 'WRITING'
                    """).params(EvidenceRecords.odt(clock.instant()), id).update();
        }
        audit.success("EVIDENCE_UPLOAD_RECLAIMED", "EVIDENCE_UPLOAD", id, "收回写入方已中断的上传会话，已确认 "
                + upload.received() + " 字节");
        return find(id, actor);
    }

    /** Stores the complete file and registers the evidence item with the given metadata. */
    public EvidenceItem complete(UUID id, StatedDigest stated, EvidenceInput input, Actor actor) throws IOException {
        return complete(id, stated, actor, null, file -> evidence.register(input, file, actor)).item;
    }

    /** Stores the complete file as the file of a correction of item {@code oldId}. */
    public EvidenceItem completeAsCorrection(UUID id, long oldId, EvidenceInput input, String reason, Actor actor)
            throws IOException {
        return complete(id, StatedDigest.NONE, actor, null,
                file -> evidence.supersede(oldId, input, file, reason, actor)).item;
    }

    /**
     * Re-sends the file of item {@code evidenceId}: the bytes must be exactly those the item and the log record; a
     * damaged or missing stored copy is then repaired (with an integrity alarm), an intact one left as it is. No
     * new item is registered.
     */
    public Repair completeAsRepair(UUID id, long evidenceId, Actor actor) throws IOException {
        EvidenceItem item = evidence.require(evidenceId, actor);
        if (!item.hasFile()) {
            throw new InvalidInputException("该证据没有文件，无需修复");
        }
        StatedDigest recorded = new StatedDigest(item.contentSm3(), item.contentSha256(), "sm3", "sha256");
        Completed c = complete(id, recorded, actor, item.contentSize(), file -> item);
        return new Repair(item.id(), c.outcome);
    }

    private record Completed(EvidenceItem item, StoredCopies.Outcome outcome) {
    }

    private Completed complete(UUID id, StatedDigest stated, Actor actor, Long requiredSize,
            Function<EvidenceService.StoredFile, EvidenceItem> registration) throws IOException {
        Upload upload = find(id, actor);
        if (!"OPEN".equals(upload.status())) {
            throw new InvalidInputException("上传会话状态为 " + status(upload.status()) + "，不能完成");
        }
        if (!upload.complete()) {
            throw new InvalidInputException("文件尚未传完：已收到 " + upload.received() + " / " + upload.declaredSize()
                    + " 字节");
        }
        StatedDigest expected = StatedDigest.of(upload.expectedSm3(), upload.expectedSha256(), "sm3", "sha256")
                .and(stated);
        Path file = stagedFile(id);
        if (upload.declaredSize() == 0 && !Files.exists(file)) {
            OwnerOnly.createFileIfAbsent(file);
        }
        ContentDigest digest = digestAt(id, upload.received(), file).digest().copy().finish();
        Map<String, String> mismatches = new LinkedHashMap<>(expected.mismatches(digest, "文件"));
        if (requiredSize != null && requiredSize != digest.size()) {
            mismatches.put("size", "文件大小与证据记载的 " + requiredSize + " 字节不符");
        }
        if (!mismatches.isEmpty()) {
            throw restart(upload, mismatches, actor);
        }
        Completed done = tx.execute(status -> {
            int marked = jdbc.sql("""
                    update evidence_upload set status = 'COMPLETED', updated_at = ? where id = ? and status = 'OPEN'
                    """).params(EvidenceRecords.odt(clock.instant()), id).update();
            if (marked != 1) {
                throw new InvalidInputException("该上传会话已被完成或正在写入");
            }
            EvidenceItem created = registration.apply(
                    new EvidenceService.StoredFile(digest, upload.fileName(), upload.mediaType()));
            jdbc.sql("update evidence_upload set evidence_id = ? where id = ?").params(created.id(), id).update();
            try {
                // Last step inside the transaction: if it fails nothing is registered.
                return new Completed(created, copies.publish(file, digest));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        digests.remove(id);
        return done;
    }

    /**
     * The whole file differs from what was stated: which bytes are wrong cannot be told, so the received bytes are
     * discarded and the same upload waits for the file again from byte 0.
     */
    private DigestMismatchException restart(Upload upload, Map<String, String> mismatches, Actor actor)
            throws IOException {
        UUID id = upload.id();
        try (FileChannel ch = FileChannel.open(stagedFile(id), StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(ch);
            if (lock == null) {
                throw new OffsetMismatchException(upload, "该上传会话正在接收分片，请稍后重试");
            }
            int reset = jdbc.sql("""
                    update evidence_upload set received = 0, updated_at = ?, version = version + 1
                    where id = ? and status = 'OPEN' and received = ?
                    """).params(EvidenceRecords.odt(clock.instant()), id, upload.received()).update();
            if (reset == 1) {
                ch.truncate(0);
                digests.remove(id);
            }
        }
        String detail = String.join("；", mismatches.values());
        audit.refused("EVIDENCE_UPLOAD_DIGEST_MISMATCH", "EVIDENCE_UPLOAD", id, detail + "；已清除收到的内容");
        return new DigestMismatchException(find(id, actor), detail + "；文件未保存，已清除收到的内容，"
                + "该上传会话仍然有效，请从第 0 字节重新上传正确的文件", mismatches);
    }

    /** Expires uploads without a chunk for {@code upload-expiry} and removes their staging files. */
    @SchedulerLock(name = "evidence.upload-sweep", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "${zhifa.evidence.upload-sweep-cron:0 20 * * * *}")
    void scheduledExpiry() {
        expireAbandoned();
    }

    public int expireAbandoned() {
        Instant cutoff = clock.instant().minus(properties.uploadExpiry());
        List<Map<String, Object>> stale = jdbc.sql("""
                select id, owner_username, file_name, received from evidence_upload
                where status in ('OPEN', 'WRITING') and updated_at < ? order by updated_at
                """).param(EvidenceRecords.odt(cutoff)).query().listOfRows();
        int expired = 0;
        for (Map<String, Object> row : stale) {
            UUID id = (UUID) row.get("id");
            try {
                if (expire(id, cutoff)) {
                    expired++;
                    audit.record(new AuditEvent("system", null, null, "EVIDENCE_UPLOAD_EXPIRED", "EVIDENCE_UPLOAD",
                            id.toString(), AuditResult.SUCCESS, "上传会话（" + row.get("owner_username") + "，"
                                    + row.get("file_name") + "，已收到 " + row.get("received") + " 字节）超过 "
                                    + properties.uploadExpiry().toDays() + " 天未续传，已过期并删除暂存文件", null));
                }
            } catch (IOException e) {
                LOG.warn("过期上传 {} 的暂存文件未能删除：{}", id, e.getMessage());
            }
        }
        removeOrphans(cutoff);
        return expired;
    }

    private boolean expire(UUID id, Instant cutoff) throws IOException {
        Path file = stagedFile(id);
        if (!Files.exists(file)) {
            return markExpired(id, cutoff);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (tryLock(ch) == null) {
                return false;
            }
            if (!markExpired(id, cutoff)) {
                return false;
            }
        }
        digests.remove(id);
        Files.deleteIfExists(file);
        return true;
    }

    private boolean markExpired(UUID id, Instant cutoff) {
        return jdbc.sql("""
                update evidence_upload set status = 'EXPIRED', lease = null, version = version + 1
                where id = ? and status in ('OPEN', 'WRITING') and updated_at < ?
                """).params(id, EvidenceRecords.odt(cutoff)).update() == 1;
    }

    /** Staging files left by a crash (no live upload owns them) and older than the expiry. */
    private void removeOrphans(Instant cutoff) {
        Set<String> live = Set.copyOf(jdbc.sql("select id from evidence_upload where status in ('OPEN', 'WRITING')")
                .query((rs, n) -> "upload-" + rs.getObject(1, UUID.class) + ".part").list());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging, "*.part")) {
            for (Path f : files) {
                if (!live.contains(f.getFileName().toString()) && Files.isRegularFile(f)
                        && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(f);
                    LOG.info("删除遗留的上传暂存文件 {}", f);
                }
            }
        } catch (IOException e) {
            LOG.warn("上传暂存目录 {} 无法清理：{}", staging, e.getMessage());
        }
    }

    private static void requireLive(Upload upload) {
        if (!"OPEN".equals(upload.status()) && !"WRITING".equals(upload.status())) {
            throw new InvalidInputException("上传会话已结束（" + status(upload.status()) + "）");
        }
    }

    private static String status(String status) {
        return switch (status) {
            case "COMPLETED" -> "已完成";
            case "EXPIRED" -> "已过期，暂存文件已删除，请重新上传";
            case "WRITING" -> "正在写入";
            default -> "可续传";
        };
    }

    /** The exclusive lock on a staging file, or null while another writer (this or another process) holds it. */
    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private RunningDigest digestAt(UUID id, long offset, Path file) throws IOException {
        RunningDigest r = digests.get(id);
        if (r != null && r.offset() == offset) {
            return r;
        }
        // After a restart, or when another instance took the previous chunk: digest the confirmed prefix again.
        DualDigest d = new DualDigest();
        if (offset > 0) {
            try (InputStream in = Files.newInputStream(file)) {
                d.copy(new BoundedInputStream(in, offset), null);
            }
            if (d.size() != offset) {
                throw new IllegalStateException("上传暂存文件短于已确认的 " + offset + " 字节：" + file);
            }
        }
        return new RunningDigest(offset, d);
    }

    private Path stagedFile(UUID id) {
        return staging.resolve("upload-" + id + ".part");
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** Reads at most {@code limit} bytes. */
    static final class BoundedInputStream extends InputStream {

        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
