package org.zhifa.evidence.witness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.OwnerOnly;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A witness's own small store: plain files in its data directory, each written so that a crash leaves either the old
 * or the new state (docs/evidence-log.md §8.3). Nothing here needs zhifa or its database.
 * <ul>
 * <li>{@code witness-sm2.pem} — the witness's SM2 private key (PKCS#8, mode 600);</li>
 * <li>{@code witness.json} — the log it watches and the log keys it trusts (replaced atomically);</li>
 * <li>{@code cosigned.json} — the latest head it cosigned (replaced atomically, synced before a cosignature leaves);</li>
 * <li>{@code heads.jsonl} — every head with a valid signature it ever received, one JSON line each (append, synced);</li>
 * <li>{@code alarms.jsonl} — every inconsistency found (append, synced);</li>
 * <li>{@code witness.lock} — held by the running witness, so that two processes never share a directory.</li>
 * </ul>
 */
public final class WitnessStore implements AutoCloseable {

    public static final String CONFIG_FORMAT = "zhifa-witness/1";
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final LogKeyPair key;
    private WitnessRecords.Config config;
    private WitnessRecords.Cosigned cosigned;
    /** Roots seen per tree size (hex), from heads.jsonl: two for one size is a split view. */
    private final Map<Long, Set<String>> rootsBySize = new HashMap<>();
    private final Map<String, WitnessRecords.SeenHead> firstHeadByRoot = new HashMap<>();
    /** (size, root, verdict) of heads recorded and (kind, size, root) of alarms raised: a head the log keeps resending
     * is recorded, and alarmed, once. */
    private final Set<String> recorded = new java.util.HashSet<>();
    private final Set<String> alarmed = new java.util.HashSet<>();

    private WitnessStore(Path dir, FileChannel lockChannel, FileLock lock) throws IOException {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.key = LogKeyPair.load(keyFile(dir));
        this.config = JSON.readValue(Files.readString(dir.resolve("witness.json")), WitnessRecords.Config.class);
        if (!CONFIG_FORMAT.equals(config.format())) {
            throw new IllegalStateException("不支持的见证数据格式 / unsupported witness data format: " + config.format());
        }
        Path c = dir.resolve("cosigned.json");
        this.cosigned = Files.exists(c) ? JSON.readValue(Files.readString(c), WitnessRecords.Cosigned.class) : null;
        for (WitnessRecords.Alarm a : readLines(dir, "alarms.jsonl", WitnessRecords.Alarm.class)) {
            alarmed.add(alarmKey(a));
        }
        Path heads = dir.resolve("heads.jsonl");
        if (Files.exists(heads)) {
            try (BufferedReader r = Files.newBufferedReader(heads, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        index(JSON.readValue(line, WitnessRecords.SeenHead.class));
                    }
                }
            }
        }
    }

    static Path keyFile(Path dir) {
        return dir.resolve("witness-sm2.pem");
    }

    /** Whether {@code dir} holds an initialised witness. */
    public static boolean initialised(Path dir) {
        return Files.exists(dir.resolve("witness.json"));
    }

    /**
     * Creates a witness in an empty directory: a new SM2 key and the configuration. Refuses an initialised directory
     * (a witness's key and history are never replaced).
     */
    public static LogKeyPair init(Path dir, WitnessRecords.Config config) throws IOException {
        if (initialised(dir) || Files.exists(keyFile(dir))) {
            throw new IllegalStateException("目录 " + dir + " 已有见证数据，不能重新初始化 / already initialised");
        }
        OwnerOnly.createDirectories(dir);
        LogKeyPair key = LogKeyPair.generate();
        if (!key.writeNew(keyFile(dir))) {
            throw new IllegalStateException("见证密钥文件已存在 / witness key file exists: " + keyFile(dir));
        }
        writeAtomically(dir, "witness.json", JSON.writeValueAsString(config));
        return LogKeyPair.load(keyFile(dir));
    }

    /** Opens an initialised witness, taking its lock (refused while another process holds it). */
    public static WitnessStore open(Path dir) throws IOException {
        if (!initialised(dir)) {
            throw new IllegalStateException("目录 " + dir + " 中没有见证数据，请先运行 witness init / not initialised");
        }
        OwnerOnly.narrow(keyFile(dir));
        FileChannel ch = FileChannel.open(dir.resolve("witness.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IllegalStateException("另一个见证进程正在使用目录 " + dir + " / another witness process uses it");
        }
        try {
            return new WitnessStore(dir, ch, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    public LogKeyPair key() {
        return key;
    }

    public Path directory() {
        return dir;
    }

    public WitnessRecords.Config config() {
        return config;
    }

    public WitnessRecords.Cosigned cosigned() {
        return cosigned;
    }

    /** Roots of heads seen at {@code size} (hex). */
    public Set<String> rootsSeen(long size) {
        return rootsBySize.getOrDefault(size, Set.of());
    }

    /** A head seen earlier for {@code size} with {@code root}. */
    public WitnessRecords.SeenHead seen(long size, String root) {
        return firstHeadByRoot.get(size + "/" + root);
    }

    void recordHead(WitnessRecords.SeenHead head) {
        if (recorded.contains(headKey(head)) && !"COSIGNED".equals(head.verdict())) {
            return;
        }
        append("heads.jsonl", JSON.writeValueAsString(head));
        index(head);
    }

    /** Appends the alarm unless the same one (kind, head) was raised before; true when it is new. */
    boolean recordAlarm(WitnessRecords.Alarm alarm) {
        if (!alarmed.add(alarmKey(alarm))) {
            return false;
        }
        append("alarms.jsonl", JSON.writeValueAsString(alarm));
        return true;
    }

    private static String headKey(WitnessRecords.SeenHead h) {
        return h.head().treeSize() + "/" + h.head().rootHash() + "/" + h.verdict();
    }

    private static String alarmKey(WitnessRecords.Alarm a) {
        return a.kind() + "/" + (a.head() == null ? "" : a.head().treeSize() + "/" + a.head().rootHash());
    }

    /** Every alarm raised so far, oldest first. */
    public List<WitnessRecords.Alarm> alarms() {
        return readLines(dir, "alarms.jsonl", WitnessRecords.Alarm.class);
    }

    /** Every head seen, oldest first. */
    public List<WitnessRecords.SeenHead> heads() {
        return readLines(dir, "heads.jsonl", WitnessRecords.SeenHead.class);
    }

    /** Alarms of an initialised directory, read without taking the lock (for {@code witness status}). */
    static List<WitnessRecords.Alarm> readAlarms(Path dir) {
        return readLines(dir, "alarms.jsonl", WitnessRecords.Alarm.class);
    }

    private static <T> List<T> readLines(Path dir, String name, Class<T> type) {
        Path f = dir.resolve(name);
        List<T> out = new ArrayList<>();
        if (!Files.exists(f)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readValue(line, type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Persists the new cosigned head; returns only when it is on disk. */
    void saveCosigned(WitnessRecords.Cosigned c) {
        writeAtomically(dir, "cosigned.json", JSON.writeValueAsString(c));
        this.cosigned = c;
    }

    void trust(WitnessRecords.TrustedKey k) {
        List<WitnessRecords.TrustedKey> keys = new ArrayList<>(config.trustedKeys());
        keys.add(k);
        WitnessRecords.Config next = new WitnessRecords.Config(config.format(), config.name(), config.logId(),
                config.logUrl(), keys);
        writeAtomically(dir, "witness.json", JSON.writeValueAsString(next));
        this.config = next;
    }

    private void index(WitnessRecords.SeenHead h) {
        recorded.add(headKey(h));
        rootsBySize.computeIfAbsent(h.head().treeSize(), s -> new LinkedHashSet<>()).add(h.head().rootHash());
        firstHeadByRoot.putIfAbsent(h.head().treeSize() + "/" + h.head().rootHash(), h);
    }

    private void append(String name, String line) {
        try (FileChannel ch = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("见证数据无法写入 / cannot write " + dir.resolve(name), e);
        }
    }

    private static void writeAtomically(Path dir, String name, String content) {
        try {
            Path tmp = OwnerOnly.createFile(dir, "." + name, ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true);
            } catch (IOException ignored) {
                // some file systems cannot sync a directory; the rename itself is atomic
            }
        } catch (IOException e) {
            throw new UncheckedIOException("见证数据无法写入 / cannot write " + dir.resolve(name), e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }
}
