package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.ContentStore;
import org.zhifa.evidence.store.DualDigest;

/**
 * Chunked, resumable uploads of large files (body-camera videos of several GB). Each chunk is streamed from the
 * request straight to a staging file, appended only at the offset the server has confirmed, while SM3 and SHA-256
 * advance over the same bytes, so memory stays constant and completing needs no second pass over the file.
 *
 * <p>A chunk is written under a short lease on the session row (status WRITING) rather than a row lock held for the
 * whole transfer, so a slow client never holds a database connection. A chunk that breaks off is cut back to the
 * confirmed offset; the client asks {@code GET /api/evidence/uploads/{id}} and resends from there.
 */
@Service
public class UploadSessions {

    /** A lease older than this is considered abandoned (the instance writing it died). */
    private static final long LEASE_MINUTES = 15;

    private final JdbcClient jdbc;
    private final ContentStore store;
    private final EvidenceService evidence;
    private final EvidenceProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Path staging;
    private final Map<UUID, RunningDigest> digests = new ConcurrentHashMap<>();

    UploadSessions(JdbcClient jdbc, ContentStore store, EvidenceService evidence, EvidenceProperties properties,
            AuditTrail audit, TransactionTemplate tx, EvidenceConfiguration.EvidencePaths paths) throws IOException {
        this.jdbc = jdbc;
        this.store = store;
        this.evidence = evidence;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.staging = paths.staging();
        Files.createDirectories(staging);
    }

    /** The digest state after {@code offset} bytes of one session. */
    private record RunningDigest(long offset, DualDigest digest) {
    }

    /** An upload session as the client sees it. */
    public record Upload(UUID id, String fileName, String mediaType, long declaredSize, long received,
            String status, Long evidenceId) {

        public boolean complete() {
            return received == declaredSize;
        }
    }

    /** The client sent a chunk for another offset than the one the server confirmed (answered 409). */
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

    public Upload open(String fileName, String mediaType, Long declaredSize, Actor actor) {
        if (declaredSize == null || declaredSize < 0) {
            throw new InvalidInputException("请提供文件大小", Map.of("size", "请提供文件大小（字节）"));
        }
        String name = EvidenceInput.trim(fileName);
        if (name == null) {
            throw new InvalidInputException("请提供文件名", Map.of("fileName", "请提供文件名"));
        }
        UUID id = UUID.randomUUID();
        String type = EvidenceInput.trim(mediaType) == null ? "application/octet-stream" : mediaType.trim();
        jdbc.sql("""
                insert into evidence_upload (id, owner_user_id, owner_username, unit_id, file_name, media_type,
                    declared_size) values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, actor.userId(), actor.username(), actor.unitId(), truncate(name, 255),
                        truncate(type, 150), declaredSize).update();
        audit.success("EVIDENCE_UPLOAD_STARTED", "EVIDENCE_UPLOAD", id, "开始分片上传 " + name + "（" + declaredSize
                + " 字节）");
        return find(id, actor);
    }

    public Upload find(UUID id, Actor actor) {
        return jdbc.sql("""
                select id, file_name, media_type, declared_size, received, status, evidence_id from evidence_upload
                where id = ? and owner_user_id = ?
                """).params(id, actor.userId())
                .query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getString(6), (Long) rs.getObject(7)))
                .optional().orElseThrow(() -> new NotFoundException("上传会话不存在或不属于您"));
    }

    /** Appends the request body at {@code offset}, which must equal the bytes received so far. */
    public Upload appendChunk(UUID id, long offset, InputStream body, Actor actor) throws IOException {
        Upload upload = find(id, actor);
        if (!"OPEN".equals(upload.status()) && !"WRITING".equals(upload.status())) {
            throw new InvalidInputException("上传会话已结束（" + upload.status() + "）");
        }
        int claimed = jdbc.sql("""
                update evidence_upload set status = 'WRITING', updated_at = now(), version = version + 1
                where id = ? and received = ?
                  and (status = 'OPEN' or (status = 'WRITING' and updated_at < now() - make_interval(mins => ?)))
                """).params(id, offset, (int) LEASE_MINUTES).update();
        if (claimed == 0) {
            Upload now = find(id, actor);
            if (now.received() != offset) {
                throw new OffsetMismatchException(now, "偏移量不符：服务器已确认收到 " + now.received()
                        + " 字节，请求的偏移量为 " + offset + "，请从已收到的位置续传");
            }
            throw new OffsetMismatchException(now, "该上传会话正在接收另一个分片，请稍后重试");
        }
        long received = offset;
        Path file = stagedFile(id);
        RunningDigest running = digestAt(id, offset, file);
        boolean ok = false;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                BackgroundFlush flush = new BackgroundFlush(ch)) {
            // Cut off whatever a broken earlier attempt left beyond the confirmed offset.
            ch.truncate(offset);
            ch.position(offset);
            byte[] buffer = new byte[DualDigest.BUFFER_SIZE];
            ByteBuffer wrap = ByteBuffer.wrap(buffer);
            long chunk = 0;
            int n;
            while ((n = body.read(buffer)) >= 0) {
                chunk += n;
                if (chunk > properties.maxChunkBytes()) {
                    throw new InvalidInputException("分片过大：单个分片不超过 " + properties.maxChunkBytes() + " 字节");
                }
                if (offset + chunk > upload.declaredSize()) {
                    throw new InvalidInputException("超出声明的文件大小 " + upload.declaredSize() + " 字节");
                }
                running.digest().update(buffer, 0, n);
                wrap.clear().limit(n);
                while (wrap.hasRemaining()) {
                    ch.write(wrap);
                }
                flush.written(n);
            }
            flush.finish();
            received = offset + chunk;
            ok = true;
        } finally {
            if (ok) {
                digests.put(id, new RunningDigest(received, running.digest()));
            } else {
                digests.remove(id);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(offset);
                }
            }
            jdbc.sql("update evidence_upload set status = 'OPEN', received = ?, updated_at = now() where id = ?")
                    .params(received, id).update();
        }
        return find(id, actor);
    }

    /** Stores the complete file and registers the evidence item with the given metadata. */
    public EvidenceItem complete(UUID id, EvidenceInput input, Actor actor) throws IOException {
        return complete(id, actor, file -> evidence.register(input, file, actor));
    }

    /** Stores the complete file as the file of a correction of item {@code oldId}. */
    public EvidenceItem completeAsCorrection(UUID id, long oldId, EvidenceInput input, String reason, Actor actor)
            throws IOException {
        return complete(id, actor, file -> evidence.supersede(oldId, input, file, reason, actor));
    }

    private EvidenceItem complete(UUID id, Actor actor,
            java.util.function.Function<EvidenceService.StoredFile, EvidenceItem> registration) throws IOException {
        Upload upload = find(id, actor);
        if (!"OPEN".equals(upload.status())) {
            throw new InvalidInputException("上传会话状态为 " + upload.status() + "，不能完成");
        }
        if (!upload.complete()) {
            throw new InvalidInputException("文件尚未传完：已收到 " + upload.received() + " / " + upload.declaredSize()
                    + " 字节");
        }
        Path file = stagedFile(id);
        if (upload.declaredSize() == 0 && !Files.exists(file)) {
            Files.createFile(file);
        }
        ContentDigest digest = digestAt(id, upload.received(), file).digest().finish();
        digests.remove(id);
        EvidenceItem item = tx.execute(status -> {
            int marked = jdbc.sql("""
                    update evidence_upload set status = 'COMPLETED', updated_at = now() where id = ? and status = 'OPEN'
                    """).param(id).update();
            if (marked != 1) {
                throw new InvalidInputException("该上传会话已被完成或正在写入");
            }
            EvidenceItem created = registration.apply(
                    new EvidenceService.StoredFile(digest, upload.fileName(), upload.mediaType()));
            jdbc.sql("update evidence_upload set evidence_id = ? where id = ?").params(created.id(), id).update();
            try {
                // Last step inside the transaction: if it fails nothing is registered.
                store.adopt(file, digest);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return created;
        });
        return item;
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
