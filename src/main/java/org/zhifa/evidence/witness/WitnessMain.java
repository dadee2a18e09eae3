package org.zhifa.evidence.witness;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import org.zhifa.evidence.log.LogKeyInfo;
import org.zhifa.evidence.log.LogKeyPair;
import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar zhifa.jar witness <command>}: a witness of another body's evidence log, without zhifa's web
 * application or database (docs/evidence-log.md §8). Commands:
 * <pre>
 * witness init      --data-dir D --name NAME --log-key KEY... [--log-url URL] [--log-id ID]
 * witness run       --data-dir D [--listen HOST:PORT] [--poll INTERVAL]
 * witness status    --data-dir D
 * witness trust-key --data-dir D --log-key public-key.pem
 * witness public-key --data-dir D
 * </pre>
 * {@code KEY} is a PEM file of log public keys or a key fingerprint (with {@code --log-url}, to fetch it). Exit codes:
 * 0 success (for status: no alarm), 1 status with alarms, 2 usage or input error.
 */
public final class WitnessMain {

    public static final int OK = 0;
    public static final int ALARMS = 1;
    public static final int USAGE = 2;

    private WitnessMain() {
    }

    public static int run(String[] args, PrintStream out) {
        quietLogging();
        if (args.length == 0) {
            return usage(out, "缺少子命令 / missing command");
        }
        Map<String, List<String>> opts;
        try {
            opts = options(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            return usage(out, e.getMessage());
        }
        if (!opts.containsKey("data-dir")) {
            return usage(out, "必须提供 --data-dir / --data-dir is required");
        }
        Path dir = Path.of(opts.get("data-dir").get(0)).toAbsolutePath().normalize();
        try {
            return switch (args[0]) {
                case "init" -> init(dir, opts, out);
                case "run" -> serve(dir, opts, out);
                case "status" -> status(dir, out);
                case "trust-key" -> trustKey(dir, opts, out);
                case "public-key" -> {
                    try (WitnessStore s = WitnessStore.open(dir)) {
                        out.print(s.key().publicPem());
                    }
                    yield OK;
                }
                default -> usage(out, "未知子命令 / unknown command: " + args[0]);
            };
        } catch (IOException | RuntimeException e) {
            out.println("[错误 ERROR] " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }

    private static int init(Path dir, Map<String, List<String>> opts, PrintStream out)
            throws IOException, InterruptedException {
        String name = one(opts, "name");
        List<String> keys = opts.getOrDefault("log-key", List.of());
        if (name == null || keys.isEmpty()) {
            return usage(out, "init 需要 --name 与至少一个 --log-key / init needs --name and --log-key");
        }
        String url = one(opts, "log-url");
        List<LogKeyInfo> published = null;
        List<WitnessRecords.TrustedKey> trusted = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (String k : keys) {
            String fp = fingerprint(k);
            if (fp != null && !Files.exists(Path.of(k))) {
                if (url == null) {
                    return usage(out, "用指纹指定日志公钥时须同时给出 --log-url / a fingerprint needs --log-url");
                }
                if (published == null) {
                    published = Arrays.asList(WitnessStore.JSON.treeToValue(get(url, "/api/public/evidence/log/keys"),
                            LogKeyInfo[].class));
                }
                LogKeyInfo found = published.stream().filter(p -> fp.equals(p.keyId())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("日志未公布指纹为 " + fp + " 的公钥"));
                LogKeyPair.Verifier v = found.verifier();
                trusted.add(new WitnessRecords.TrustedKey(v.keyId(), found.publicKeyPem(), "pinned", now));
            } else {
                for (String pem : pemBlocks(Files.readString(Path.of(k), StandardCharsets.US_ASCII))) {
                    trusted.add(new WitnessRecords.TrustedKey(LogKeyPair.Verifier.fromPublicPem(pem).keyId(), pem,
                            "pinned", now));
                }
            }
        }
        String logId = one(opts, "log-id");
        if (logId == null && url != null) {
            logId = get(url, "/api/public/evidence/log/head").path("logId").asString(null);
        }
        if (logId == null || !logId.trim().toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) {
            return usage(out, "需要日志标识 --log-id（日志首个密钥的标识，64 位十六进制），或可取得它的 --log-url");
        }
        WitnessRecords.Config config = new WitnessRecords.Config(WitnessStore.CONFIG_FORMAT, name,
                logId.trim().toLowerCase(Locale.ROOT), url, trusted);
        LogKeyPair key = WitnessStore.init(dir, config);
        out.println("见证人已初始化 / witness initialised: " + dir);
        out.println("  日志标识 / log id: " + config.logId() + "（请与执法机关书面公布的标识核对 / compare with the published id）");
        trusted.forEach(t -> out.println("  信任的日志公钥 / trusted log key: " + t.keyId()));
        out.println("  见证人公钥标识 / witness key id: " + key.keyId());
        out.print(key.publicPem());
        return OK;
    }

    private static int serve(Path dir, Map<String, List<String>> opts, PrintStream out)
            throws IOException, InterruptedException {
        String listen = opts.containsKey("listen") ? one(opts, "listen") : "127.0.0.1:8200";
        int colon = listen.lastIndexOf(':');
        if (colon < 0) {
            return usage(out, "--listen 应形如 127.0.0.1:8200 / expected HOST:PORT");
        }
        Duration poll = opts.containsKey("poll") ? duration(one(opts, "poll")) : null;
        WitnessStore store = WitnessStore.open(dir);
        Witness witness = new Witness(store, Clock.systemUTC());
        WitnessServer server = new WitnessServer(witness,
                new InetSocketAddress(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1))));
        WitnessPoller poller = null;
        if (poll != null) {
            if (store.config().logUrl() == null) {
                server.close();
                store.close();
                return usage(out, "轮询需要在 init 时给出 --log-url / polling needs the log URL given at init");
            }
            poller = new WitnessPoller(witness, store.config().logUrl());
            poller.start(poll);
        }
        out.println("见证人已启动 / witness listening on http://" + listen.substring(0, colon) + ":" + server.port()
                + " (key " + store.key().keyId() + (poll == null ? "" : ", polling every " + poll) + ")");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        WitnessPoller p = poller;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (p != null) {
                p.close();
            }
            server.close();
            try {
                store.close();
            } catch (IOException ignored) {
                // exiting anyway
            }
            stop.countDown();
        }));
        stop.await();
        return OK;
    }

    private static int status(Path dir, PrintStream out) throws IOException {
        if (!WitnessStore.initialised(dir)) {
            return usage(out, "目录 " + dir + " 中没有见证数据 / not initialised");
        }
        WitnessRecords.Config config = WitnessStore.JSON.readValue(Files.readString(dir.resolve("witness.json")),
                WitnessRecords.Config.class);
        Path c = dir.resolve("cosigned.json");
        WitnessRecords.Cosigned cosigned = Files.exists(c)
                ? WitnessStore.JSON.readValue(Files.readString(c), WitnessRecords.Cosigned.class) : null;
        List<WitnessRecords.Alarm> alarms = WitnessStore.readAlarms(dir);
        out.println("见证人 / witness: " + config.name() + "，日志 / log " + config.logId());
        out.println("最近联署 / latest cosigned: " + (cosigned == null ? "（无 / none）"
                : "大小 size " + cosigned.head().treeSize() + "，根 root " + cosigned.head().rootHash()));
        out.println("告警 / alarms: " + alarms.size());
        for (WitnessRecords.Alarm a : alarms) {
            out.println("  [" + a.kind() + "] " + java.time.Instant.ofEpochMilli(a.at()) + " " + a.detail());
        }
        return alarms.isEmpty() ? OK : ALARMS;
    }

    private static int trustKey(Path dir, Map<String, List<String>> opts, PrintStream out) throws IOException {
        List<String> keys = opts.getOrDefault("log-key", List.of());
        if (keys.isEmpty()) {
            return usage(out, "trust-key 需要 --log-key 公钥文件 / needs --log-key file");
        }
        try (WitnessStore store = WitnessStore.open(dir)) {
            for (String k : keys) {
                for (String pem : pemBlocks(Files.readString(Path.of(k), StandardCharsets.US_ASCII))) {
                    String id = LogKeyPair.Verifier.fromPublicPem(pem).keyId();
                    if (store.config().trustedKeys().stream().noneMatch(t -> t.keyId().equals(id))) {
                        store.trust(new WitnessRecords.TrustedKey(id, pem, "pinned", System.currentTimeMillis()));
                        out.println("已信任日志公钥 / now trusting log key " + id);
                    }
                }
            }
        }
        return OK;
    }

    private static JsonNode get(String base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.replaceAll("/+$", "") + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " → HTTP " + r.statusCode());
        }
        return WitnessStore.JSON.readTree(r.body());
    }

    static List<String> pemBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        String begin = "-----BEGIN PUBLIC KEY-----";
        String end = "-----END PUBLIC KEY-----";
        int from = 0;
        int b;
        while ((b = text.indexOf(begin, from)) >= 0) {
            int e = text.indexOf(end, b);
            if (e < 0) {
                break;
            }
            blocks.add(text.substring(b, e + end.length()) + "\n");
            from = e + end.length();
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("文件中没有公钥（" + begin + "） / no public key in the file");
        }
        return blocks;
    }

    private static String fingerprint(String arg) {
        String compact = arg.strip().replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.matches("[0-9a-f]{64}") ? compact : null;
    }

    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.parse(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("时间间隔应形如 60s、5m、500ms / interval like 60s, 5m, 500ms: " + text);
        }
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("参数应成对出现 --name value / options come as --name value: " + args[i]);
            }
            m.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        return m;
    }

    private static String one(Map<String, List<String>> opts, String name) {
        List<String> v = opts.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    private static int usage(PrintStream out, String problem) {
        out.println("[错误 ERROR] " + problem);
        out.println("""
                用法 / usage:
                  witness init       --data-dir D --name NAME --log-key <public-key.pem | fingerprint>... [--log-url URL] [--log-id ID]
                  witness run        --data-dir D [--listen HOST:PORT] [--poll 60s]
                  witness status     --data-dir D
                  witness trust-key  --data-dir D --log-key public-key.pem
                  witness public-key --data-dir D""");
        return USAGE;
    }

    /** Without Spring, logback would print at DEBUG: keep the witness's own messages only. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
