package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.evidence.log.HeadSigner;
import org.zhifa.evidence.log.KeyTransition;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.OwnerOnly;

/**
 * The SM2 keys of the evidence log. Every key that ever signed a head is recorded with its public key in
 * {@code evidence_log_key} (append-only); the latest row is the active key, whose private key is the file
 * {@code keys/evidence-log-sm2.pem} (mode 600). At start the file and the database must agree:
 * <ul>
 * <li>a fresh installation (no key, no head) generates the first key;</li>
 * <li>heads or keys exist but the file is missing, or holds another key: the start is refused — a new key is never
 * created silently. An operator who has really lost the key says so by naming it in
 * {@code zhifa.evidence.log-key-lost}; the new key is then recorded as replacing a lost key, without endorsement;</li>
 * <li>a rotation interrupted after its database commit is completed from the {@code .new} file it left.</li>
 * </ul>
 * Rotation ({@link TransparencyLog#rotateKey}) has the retiring key endorse the new one ({@link KeyTransition}) and
 * then destroys the retiring private key by replacing the file; its public key stays in the table, so every head it
 * signed still verifies.
 */
public class LogKeys {

    private static final Logger LOG = LoggerFactory.getLogger(LogKeys.class);

    private final JdbcClient jdbc;
    private final Path keyFile;
    private final Clock clock;
    private final AuditTrail audit;
    private final Map<String, LogKeyPair.Verifier> verifiers = new ConcurrentHashMap<>();
    private volatile HeadSigner active;
    /** The key in a PKCS#11 device, when configured; otherwise the key file is used. */
    private final HeadSigner device;
    private volatile String logId;

    /** A key as recorded. */
    public record KeyRecord(long seq, String keyId, String publicKeyPem, Instant createdAt, String previousKeyId,
            byte[] endorsement, Long endorsedAtMillis, String reason) {

        /** Whether the previous key signed the transition to this key. */
        public boolean endorsed() {
            return endorsement != null;
        }
    }

    /** A rotation in progress: the new key is registered in the open transaction, its file waits beside the old. */
    record Rotation(LogKeyPair key, Path pendingFile, KeyRecord record) {
    }

    LogKeys(JdbcClient jdbc, TransactionTemplate tx, Path keyFile, String lostKeyId, Clock clock, AuditTrail audit) {
        this(jdbc, tx, keyFile, lostKeyId, clock, audit, null);
    }

    LogKeys(JdbcClient jdbc, TransactionTemplate tx, Path keyFile, String lostKeyId, Clock clock, AuditTrail audit,
            HeadSigner device) {
        this.jdbc = jdbc;
        this.keyFile = keyFile;
        this.clock = clock;
        this.audit = audit;
        this.device = device;
        String lost = lostKeyId == null || lostKeyId.isBlank() ? null : lostKeyId.trim().toLowerCase();
        this.active = tx.execute(s -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(TransparencyLog.APPEND_LOCK).query(Integer.class)
                    .single();
            return device != null ? establishDevice(lost) : establish(lost);
        });
        if (device == null) {
            try {
                OwnerOnly.narrow(keyFile);
            } catch (IOException e) {
                throw new UncheckedIOException("证据日志密钥文件的权限无法设为 600：" + keyFile, e);
            }
        }
    }

    /**
     * The key is in a PKCS#11 device (docs/evidence-log.md §11): the device's key must be the log's current key; a first
     * start registers it; a log whose current key is in the key file moves into the device, the file key endorsing the
     * device key (then the file is removed, as at a rotation); a current key declared lost is replaced openly.
     */
    private HeadSigner establishDevice(String lostKeyId) {
        List<KeyRecord> keys = all();
        long heads = jdbc.sql("select count(*) from evidence_log_head").query(Long.class).single();
        if (keys.isEmpty()) {
            List<String> headKeyIds = jdbc.sql("select distinct trim(key_id) from evidence_log_head").query(String.class)
                    .list();
            if (headKeyIds.stream().anyMatch(id -> !id.equals(device.keyId()))) {
                throw new LogKeyRefusedException("PKCS#11 设备中的密钥（标识 " + device.keyId() + "）不是已签发树头所用的密钥（标识 "
                        + String.join("、", headKeyIds) + "）。系统拒绝启动。", "请配置签发这些树头的设备密钥。");
            }
            insert(device, null, null, null, heads == 0 ? "首次启动登记 PKCS#11 设备中的密钥" : "登记已签发树头所用的设备密钥");
            return device;
        }
        KeyRecord current = keys.get(keys.size() - 1);
        if (current.keyId().equals(device.keyId())) {
            return device;
        }
        Optional<LogKeyPair> file = loadMatching(current.keyId());
        if (file.isPresent() && keys.stream().noneMatch(k -> k.keyId().equals(device.keyId()))) {
            long at = clock.millis();
            byte[] endorsement = file.get().sign(KeyTransition.signedBytes(current.keyId(), device.keyId(), at));
            insert(device, current.keyId(), endorsement, at, "日志密钥移入 PKCS#11 设备：原密钥文件中的密钥背书设备中的密钥");
            record("EVIDENCE_LOG_KEY_MOVED_TO_DEVICE", device.keyId(), "证据日志密钥移入 PKCS#11 设备：原密钥 "
                    + current.keyId() + " 背书设备密钥 " + device.keyId() + "，原密钥文件已删除");
            try {
                Files.deleteIfExists(keyFile);
            } catch (IOException e) {
                LOG.error("原日志密钥文件未能删除 {}：{}", keyFile, e.getMessage());
            }
            return device;
        }
        if (current.keyId().equals(lostKeyId)) {
            insert(device, current.keyId(), null, null, "原私钥（标识 " + lostKeyId
                    + "）丢失，经设置 zhifa.evidence.log-key-lost 确认后启用 PKCS#11 设备中的密钥；未经原密钥背书");
            record("EVIDENCE_LOG_KEY_REPLACED_LOST", device.keyId(), "证据日志原密钥 " + lostKeyId + " 丢失，启用设备密钥 "
                    + device.keyId() + "（无原密钥背书）");
            return device;
        }
        throw new LogKeyRefusedException("PKCS#11 设备中的密钥（标识 " + device.keyId() + "）不是数据库登记的当前日志密钥（标识 "
                + current.keyId() + "）。为防止以其他密钥续签树头，系统拒绝启动。", "请配置当前日志密钥所在的设备与标签；"
                + "若当前密钥在密钥文件中，请把该文件放回 " + keyFile + " 以便它背书设备中的密钥；如确认其私钥已丢失，请设置 "
                + "zhifa.evidence.log-key-lost=" + current.keyId());
    }

    /** The key that signs new heads, reloaded when another instance rotated it. Call under the append lock. */
    HeadSigner signing() {
        String current = jdbc.sql("select key_id from evidence_log_key order by seq desc limit 1").query(String.class)
                .single();
        HeadSigner key = active;
        if (key.keyId().equals(current)) {
            return key;
        }
        if (device != null) {
            throw new LogKeyRefusedException("证据日志当前密钥为 " + current + "，不是本实例 PKCS#11 设备中的密钥 " + device.keyId()
                    + "，拒绝签名", "各实例须使用同一设备密钥");
        }
        LogKeyPair reloaded = loadMatching(current).orElseThrow(() -> new LogKeyRefusedException(
                "证据日志当前密钥为 " + current + "，但本机密钥文件 " + keyFile + " 不是该密钥，拒绝签名",
                "各实例须共用同一数据目录中的密钥文件；请从完成轮换的实例复制该文件"));
        active = reloaded;
        return reloaded;
    }

    /**
     * The log id: the key id of the log's first key. It names this log in witnesses' cosignatures and never changes,
     * whatever keys follow.
     */
    public String logId() {
        String id = logId;
        if (id == null) {
            id = jdbc.sql("select key_id from evidence_log_key order by seq limit 1").query(String.class).single().trim();
            logId = id;
        }
        return id;
    }

    /** The active key as this instance knows it (for display; signing goes through {@link #signing()}). */
    public HeadSigner active() {
        return active;
    }

    /** The verifier of a recorded key, empty for a key id the log never recorded. */
    public Optional<LogKeyPair.Verifier> verifier(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        LogKeyPair.Verifier cached = verifiers.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("select public_key_pem from evidence_log_key where key_id = ?").param(keyId)
                .query(String.class).optional().map(pem -> {
                    LogKeyPair.Verifier v = LogKeyPair.Verifier.fromPublicPem(pem);
                    verifiers.put(keyId, v);
                    return v;
                });
    }

    public List<KeyRecord> all() {
        return jdbc.sql("""
                select seq, key_id, public_key_pem, created_at, previous_key_id, endorsement, endorsed_at_ms, reason
                from evidence_log_key order by seq
                """).query((rs, n) -> new KeyRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getBytes(6), (Long) rs.getObject(7),
                        rs.getString(8))).list();
    }

    public Optional<KeyRecord> find(String keyId) {
        return all().stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** Registers a new key endorsed by the current one; part of the caller's transaction, under the append lock. */
    Rotation beginRotation(String reason) {
        if (device != null) {
            throw new org.zhifa.common.InvalidInputException("日志密钥保存在 PKCS#11 设备中，不能在本系统中轮换：请在设备中生成新密钥，"
                    + "由原设备密钥背书的轮换本版本尚不支持", java.util.Map.of("reason", "设备密钥不能在此轮换"));
        }
        HeadSigner current = signing();
        LogKeyPair next = LogKeyPair.generate();
        Path pending = pendingFile();
        try {
            Files.deleteIfExists(pending);
            next.writeNew(pending);
        } catch (IOException e) {
            throw new UncheckedIOException("新日志密钥无法写入 " + pending, e);
        }
        long at = clock.millis();
        byte[] endorsement = current.sign(KeyTransition.signedBytes(current.keyId(), next.keyId(), at));
        KeyRecord record = insert(next, current.keyId(), endorsement, at, reason);
        return new Rotation(next, pending, record);
    }

    /** After the commit: the new key replaces the old file (destroying the retired private key) and signs from now on. */
    void finishRotation(Rotation r) {
        active = r.key();
        try {
            Files.move(r.pendingFile(), keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The next start completes the move from the .new file (the database already names the new key).
            LOG.error("日志新密钥文件未能替换 {}：{}", keyFile, e.getMessage());
        }
    }

    /** After a rollback: the new key was never registered; its file is removed. */
    void abortRotation(Rotation r) {
        try {
            Files.deleteIfExists(r.pendingFile());
        } catch (IOException e) {
            LOG.error("未登记的日志密钥文件未能删除 {}：{}", r.pendingFile(), e.getMessage());
        }
    }

    private LogKeyPair establish(String lostKeyId) {
        List<KeyRecord> keys = all();
        List<String> headKeyIds = jdbc.sql("select distinct key_id from evidence_log_head").query(String.class).list();
        long heads = jdbc.sql("select count(*) from evidence_log_head").query(Long.class).single();
        try {
            if (keys.isEmpty()) {
                return establishFirst(headKeyIds, heads, lostKeyId);
            }
            KeyRecord current = keys.get(keys.size() - 1);
            Optional<LogKeyPair> matching = loadMatching(current.keyId());
            if (matching.isPresent()) {
                return matching.get();
            }
            if (Files.exists(keyFile)) {
                throw new LogKeyRefusedException("证据日志密钥文件 " + keyFile + " 中的密钥（标识 " + load(keyFile).keyId()
                        + "）不是数据库登记的当前日志密钥（标识 " + current.keyId() + "）。为防止以其他密钥续签树头，系统拒绝启动。",
                        "请从备份恢复标识为 " + current.keyId() + " 的密钥文件；如确认该私钥已丢失，请移走现有文件并设置 "
                                + "zhifa.evidence.log-key-lost=" + current.keyId() + " 后启动（将启用新密钥并记录原密钥丢失）。");
            }
            if (current.keyId().equals(lostKeyId)) {
                return replaceLost(current.keyId(), true);
            }
            throw missing(current.keyId(), heads);
        } catch (IOException e) {
            throw new UncheckedIOException("证据日志密钥文件无法读取：" + keyFile, e);
        }
    }

    private LogKeyPair establishFirst(List<String> headKeyIds, long heads, String lostKeyId) throws IOException {
        if (Files.exists(keyFile)) {
            LogKeyPair key = load(keyFile);
            if (headKeyIds.stream().anyMatch(id -> !id.trim().equals(key.keyId()))) {
                throw new LogKeyRefusedException("证据日志密钥文件 " + keyFile + " 中的密钥（标识 " + key.keyId()
                        + "）不是已签发树头所用的密钥（标识 " + String.join("、", headKeyIds) + "）。系统拒绝启动。",
                        "请从备份恢复签发这些树头的密钥文件。");
            }
            insert(key, null, null, null, heads == 0 ? "首次启动生成" : "登记已签发树头所用的密钥");
            return key;
        }
        if (heads == 0) {
            LogKeyPair key = LogKeyPair.generate();
            key.writeNew(keyFile);
            LogKeyPair written = load(keyFile);
            insert(written, null, null, null, "首次启动生成");
            record("EVIDENCE_LOG_KEY_CREATED", written.keyId(), "生成证据日志签名密钥，标识 " + written.keyId());
            return written;
        }
        String lastUsed = jdbc.sql("select key_id from evidence_log_head order by id desc limit 1").query(String.class)
                .single().trim();
        if (lastUsed.equals(lostKeyId)) {
            return replaceLost(lastUsed, false);
        }
        throw missing(lastUsed, heads);
    }

    private LogKeyRefusedException missing(String keyId, long heads) {
        return new LogKeyRefusedException("证据日志签名私钥文件 " + keyFile + " 不存在，而数据库已登记日志密钥（当前密钥标识 "
                + keyId + "），已有 " + heads + " 个已签名树头。为防止悄悄换用新密钥，系统拒绝启动。",
                "请从备份恢复该密钥文件（权限 600）；如确认私钥已丢失，请设置 zhifa.evidence.log-key-lost=" + keyId
                        + " 后启动：系统将启用新密钥，在密钥记录与审计日志中注明原密钥丢失，原密钥签发的树头仍可用已公布的原公钥核验。");
    }

    private LogKeyPair replaceLost(String lostKeyId, boolean recorded) throws IOException {
        LogKeyPair key = LogKeyPair.generate();
        if (!key.writeNew(keyFile)) {
            throw new LogKeyRefusedException("证据日志密钥文件 " + keyFile + " 已存在", "请检查该文件后重新启动");
        }
        insert(key, recorded ? lostKeyId : null, null, null, "原私钥（标识 " + lostKeyId
                + "）丢失，经设置 zhifa.evidence.log-key-lost 确认后启用新密钥；新密钥未经原密钥背书");
        record("EVIDENCE_LOG_KEY_REPLACED_LOST", key.keyId(), "证据日志原密钥 " + lostKeyId + " 丢失，启用新密钥 "
                + key.keyId() + "（无原密钥背书）");
        LOG.warn("证据日志原密钥 {} 已声明丢失，启用新密钥 {}", lostKeyId, key.keyId());
        return key;
    }

    /** The key file, or the file an interrupted rotation left, if it holds {@code keyId}; completes the rotation. */
    private Optional<LogKeyPair> loadMatching(String keyId) {
        try {
            if (Files.exists(keyFile)) {
                LogKeyPair key = load(keyFile);
                if (key.keyId().equals(keyId)) {
                    Files.deleteIfExists(pendingFile());
                    return Optional.of(key);
                }
            }
            Path pending = pendingFile();
            if (Files.exists(pending)) {
                LogKeyPair key = load(pending);
                if (key.keyId().equals(keyId)) {
                    Files.move(pending, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    LOG.warn("完成中断的日志密钥轮换：{} 已启用", keyId);
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("证据日志密钥文件无法读取：" + keyFile, e);
        }
    }

    private static LogKeyPair load(Path file) throws IOException {
        return LogKeyPair.load(file);
    }

    private Path pendingFile() {
        return keyFile.resolveSibling(keyFile.getFileName() + ".new");
    }

    private KeyRecord insert(HeadSigner key, String previous, byte[] endorsement, Long endorsedAt, String reason) {
        Instant now = clock.instant();
        long seq = jdbc.sql("""
                insert into evidence_log_key (key_id, public_key_pem, created_at, previous_key_id, endorsement,
                    endorsed_at_ms, reason) values (?, ?, ?, ?, ?, ?, ?) returning seq
                """).params(key.keyId(), key.publicPem(), EvidenceRecords.odt(now), previous, endorsement, endorsedAt,
                        reason).query(Long.class).single();
        verifiers.put(key.keyId(), key.verifier());
        return new KeyRecord(seq, key.keyId(), key.publicPem(), now, previous, endorsement, endorsedAt, reason);
    }

    private void record(String action, String keyId, String detail) {
        audit.record(new AuditEvent("system", null, null, action, "EVIDENCE_LOG_KEY", keyId, AuditResult.SUCCESS, detail,
                null));
    }
}
