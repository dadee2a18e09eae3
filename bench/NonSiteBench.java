import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-site benchmark client (single-file program; run through bench/nonsite-bench.sh).
 *
 * <pre>
 *   judge  SECONDS                                  in-process judgement throughput on one thread (needs target/classes)
 *   gen    COUNT [OVER_PERCENT]                     prints COUNT generated records as a JSON array
 *   http   BASE CLIENTS SECONDS BATCH DEVICES       HTTP batch ingest against a running zhifa
 *   copy   JDBC_URL ROWS [CONNECTIONS]              raw COPY of the same rows into a scratch table (reference)
 * </pre>
 *
 * The generator follows a realistic axle mix (2-axle 30 %, 3-axle 10 %, 4-axle 10 %, 5-axle 5 %, 6-axle 45 %) and puts
 * 2–5 % of the records over the limit (after the class-5 tolerance), the rest between 40 % and 100 % of the limit.
 */
public class NonSiteBench {

    static final int[] AXLES = {2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6};
    static final String[] COLOURS = {"黄", "黄", "黄", "蓝", "黄绿"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "judge" -> judge(Integer.parseInt(args[1]));
            case "gen" -> {
                Generator g = new Generator(1, args.length > 2 ? Double.parseDouble(args[2]) : 3.5);
                System.out.print(g.batch("gen", Integer.parseInt(args[1])));
            }
            case "http" -> http(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            case "copy" -> copy(args[1], Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Record generator: one per client thread. */
    /** Detection records with a realistic axle mix; shared with NonSiteKafkaBench (hence public). */
    public static final class Generator {
        final SplittableRandom random;
        final double overPercent;
        final long now = System.currentTimeMillis();
        long seq;

        public Generator(long seed, double overPercent) {
            this.random = new SplittableRandom(seed);
            this.overPercent = overPercent;
        }

        static int limit(int axles, boolean combination) {
            return switch (axles) {
                case 2 -> 18_000;
                case 3 -> combination ? 27_000 : 25_000;
                case 4 -> combination ? 36_000 : 31_000;
                case 5 -> 43_000;
                default -> 49_000;
            };
        }

        /** A JSON array of {@code n} records. */
        String batch(String prefix, int n) {
            StringBuilder s = new StringBuilder(n * 420);
            s.append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    s.append(',');
                }
                record(s, prefix);
            }
            return s.append(']').toString();
        }

        /** Appends one record as a JSON object. */
        public void record(StringBuilder s, String prefix) {
            int axles = AXLES[random.nextInt(AXLES.length)];
            boolean combination = axles >= 5 || (axles >= 3 && random.nextInt(3) == 0);
            int limit = limit(axles, combination);
            int gross;
            if (random.nextDouble() * 100 < overPercent) {
                gross = (int) (limit * (1.06 + random.nextDouble() * 0.6)); // over even after the 5 % tolerance
            } else {
                gross = (int) (limit * (0.4 + random.nextDouble() * 0.6));
            }
            long at = now - 1_000L * random.nextInt(7_200);
            String plate = "青" + (char) ('A' + random.nextInt(8)) + (10_000 + random.nextInt(90_000));
            s.append("{\"recordId\":\"").append(prefix).append('-').append(seq++)
                    .append("\",\"detectedAt\":").append(at)
                    .append(",\"lane\":").append(1 + random.nextInt(3))
                    .append(",\"plate\":\"").append(plate)
                    .append("\",\"plateColour\":\"").append(COLOURS[random.nextInt(COLOURS.length)])
                    .append("\",\"vehicleType\":\"").append(combination ? "重型半挂牵引车" : "重型厢式货车")
                    .append("\",\"axles\":").append(axles)
                    .append(",\"combination\":").append(combination)
                    .append(",\"grossMassKg\":").append(gross)
                    .append(",\"axleLoadsKg\":[");
            int per = gross / axles;
            for (int a = 0; a < axles; a++) {
                if (a > 0) {
                    s.append(',');
                }
                s.append(per);
            }
            int cm = 320 + random.nextInt(80);
            s.append("],\"heightM\":").append(cm / 100).append('.').append(cm % 100 < 10 ? "0" : "").append(cm % 100)
                    .append(",\"widthM\":2.5,\"lengthM\":").append(axles >= 5 ? 16.5 : 11.0)
                    .append(",\"speedKmh\":").append(40 + random.nextInt(50))
                    .append(",\"images\":[\"/media/").append(prefix).append('/').append(seq).append("-1.jpg\",\"/media/")
                    .append(prefix).append('/').append(seq).append("-2.jpg\"]}");
        }
    }

    /** The ingest path's judgement per record (static, allocation-free) plus a full verdict for each over-limit one. */
    static void judge(int seconds) {
        var full = new org.zhifa.nonsite.OverLimitJudge(new org.zhifa.catalog.OverLimitMassPenalty(
                org.zhifa.catalog.PartTonCounting.FULL_UNITS_ONLY));
        int n = 1 << 16;
        int[] ax = new int[n];
        boolean[] comb = new boolean[n];
        int[] gross = new int[n];
        int[] height = new int[n];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            ax[i] = AXLES[r.nextInt(AXLES.length)];
            comb[i] = ax[i] >= 5 || (ax[i] >= 3 && r.nextInt(3) == 0);
            int limit = Generator.limit(ax[i], comb[i]);
            gross[i] = r.nextInt(100) < 4 ? (int) (limit * 1.2) : (int) (limit * (0.4 + r.nextDouble() * 0.6));
            height[i] = 3_200 + r.nextInt(800);
        }
        long count = 0;
        long fullVerdicts = 0;
        long sink = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long warm = System.nanoTime() + Duration.ofSeconds(Math.min(3, seconds / 3 + 1)).toNanos();
        long t0 = 0;
        boolean measuring = false;
        while (true) {
            long now = System.nanoTime();
            if (!measuring && now > warm) {
                measuring = true;
                t0 = now;
                count = 0;
                fullVerdicts = 0;
            }
            if (now > end) {
                break;
            }
            for (int i = 0; i < n; i++) {
                int limit = org.zhifa.nonsite.OverLimitJudge.massLimitKg(ax[i], comb[i], false, 0);
                int tol = org.zhifa.nonsite.OverLimitJudge.toleranceKg(gross[i], 500);
                int ex = org.zhifa.nonsite.OverLimitJudge.excessKg(gross[i], tol, limit);
                int mask = org.zhifa.nonsite.OverLimitJudge.dimensionsOverMask(height[i], 2_500, 16_500);
                if (ex > 0 || mask != 0) {
                    sink += full.judge(new org.zhifa.nonsite.VehicleMeasurement(ax[i], comb[i], false, 0, gross[i],
                            height[i], 2_500, 16_500, tol)).maxFineFen();
                    fullVerdicts++;
                }
            }
            count += n;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("judgement (1 thread = 1 core): %,.0f records/s; %,d records, %,d over-limit with a full verdict "
                + "(%.1f %%)%s%n", count / secs, count, fullVerdicts, 100.0 * fullVerdicts / Math.max(1, count),
                sink == 42 ? " " : "");
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static String call(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }

    public static String token(String base, String user) throws Exception {
        String password = System.getenv().getOrDefault("ZHIFA_BENCH_PASSWORD", "Zhifa@2025");
        return field(call("POST", base + "/api/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"), "token");
    }

    /** A registered benchmark device. */
    public record Device(long id, String apiKey) {
    }

    /** Registers a usable device (reviews, signage, publication). */
    public static Device device(String base, String officer, String head, String code) throws Exception {
        String created = call("POST", base + "/api/nonsite/devices", officer, """
                {"code":"%s","name":"压测称重点 %s","kind":"WIM","road":"G315","stake":"K%d+000","direction":"双向",
                 "unitId":11,"accuracyClass":5,"certNumber":"JD-BENCH-%s","certDate":"%s","certExpiry":"%s",
                 "signagePhoto":"/signs/%s.jpg"}""".formatted(code, code, 2000 + Math.abs(code.hashCode() % 900), code,
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), code));
        String id = field(created, "id");
        String key = field(created, "apiKey");
        for (String kind : List.of("LEGAL", "TECHNICAL")) {
            call("POST", base + "/api/nonsite/devices/" + id + "/reviews", head, """
                    {"kind":"%s","reviewer":"压测","reviewedOn":"%s","passed":true,"opinion":"压测设备"}"""
                    .formatted(kind, LocalDate.now().minusDays(60)));
        }
        String version = field(call("GET", base + "/api/nonsite/devices/" + id, officer, null), "version");
        call("POST", base + "/api/nonsite/devices/" + id + "/publication", officer, """
                {"publishedOn":"%s","publishedWhere":"压测","version":%s}""".formatted(LocalDate.now().minusDays(30), version));
        return new Device(Long.parseLong(id), key);
    }

    static void http(String base, int clients, int seconds, int batch, int deviceCount) throws Exception {
        String officer = token(base, "officer1");
        String head = token(base, "head1");
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < deviceCount; i++) {
            keys.add(device(base, officer, head, "BENCH-" + run + "-" + i).apiKey());
        }
        System.out.printf("HTTP ingest: %d clients, batches of %,d, %d devices, %d s (after 10 s warm-up)%n", clients, batch,
                deviceCount, seconds);
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong clues = new AtomicLong();
        AtomicLong batches = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long warmEnd = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Future<?>> futures = new ArrayList<>();
        AtomicLong warmAccepted = new AtomicLong(-1);
        for (int c = 0; c < clients; c++) {
            final int me = c;
            futures.add(pool.submit(() -> {
                Generator g = new Generator(me * 7919L + 1, 3.5);
                String key = keys.get(me % keys.size());
                int n = 0;
                while (System.nanoTime() < end) {
                    String body = g.batch(run + "-" + me, batch);
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/public/nonsite/records"))
                                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                                .header("X-Device-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            if (errors.get() < 3) {
                                System.err.println(r.statusCode() + " " + r.body());
                            }
                            continue;
                        }
                        accepted.addAndGet(Long.parseLong(field(r.body(), "accepted")));
                        rejected.addAndGet(Long.parseLong(field(r.body(), "rejected")));
                        clues.addAndGet(Long.parseLong(field(r.body(), "cluesOpened")));
                        batches.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    n++;
                }
                return null;
            }));
        }
        Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
        long start = System.nanoTime();
        long base0 = accepted.get();
        long last = base0;
        long lastT = start;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long now = System.nanoTime();
            long a = accepted.get();
            System.out.printf("  t=%4.0fs  %,9.0f records/s (interval)  total accepted %,d%n", (now - start) / 1e9,
                    (a - last) / ((now - lastT) / 1e9), a);
            last = a;
            lastT = now;
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - start) / 1e9;
        long measured = accepted.get() - base0;
        System.out.printf("HTTP ingest: %,.0f records/s sustained over %.0f s (%,d records accepted in the window; "
                + "%,d rejected, %,d clues opened, %,d batches, %,d errors)%n", measured / secs, secs, measured, rejected.get(),
                clues.get(), batches.get(), errors.get());
    }

    /** As PGUSER / PGPASSWORD (bench/embedded-db.sh sets them for the embedded server's superuser). */
    static Connection connect(String url) throws java.sql.SQLException {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("PGUSER", "postgres"),
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    /**
     * Raw COPY of generated rows (same columns as nonsite_detection) into a scratch table with the same key, from as
     * many connections as the HTTP run had clients: the best the database does with these rows.
     */
    static void copy(String url, int rows, int threads) throws Exception {
        try (Connection con = connect(url); Statement st = con.createStatement()) {
            st.execute("drop table if exists nonsite_bench_copy");
            st.execute("create table nonsite_bench_copy (like nonsite_detection including defaults including constraints)");
            st.execute("alter table nonsite_bench_copy add primary key (device_id, device_record_id, detected_at)");
        }
        int chunk = 5_000;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int me = t;
            futures.add(pool.submit(() -> {
                try (Connection con = connect(url)) {
                    var copy = con.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
                    SplittableRandom r = new SplittableRandom(3 + me);
                    long now = System.currentTimeMillis();
                    long done;
                    while ((done = next.getAndAdd(chunk)) < rows) {
                        StringBuilder s = new StringBuilder(chunk * 260);
                        for (int i = 0; i < chunk; i++) {
                            int axles = AXLES[r.nextInt(AXLES.length)];
                            boolean comb = axles >= 5;
                            int limit = Generator.limit(axles, comb);
                            int gross = (int) (limit * (0.4 + r.nextDouble() * 0.7));
                            int excess = Math.max(0, gross - gross * 5 / 100 - limit);
                            s.append(1).append('\t').append("copy-").append(done + i).append('\t')
                                    .append(Instant.ofEpochMilli(now - 1_000L * r.nextInt(7_200))).append('\t')
                                    .append(Instant.ofEpochMilli(now)).append('\t').append(1 + r.nextInt(3)).append('\t')
                                    .append("青H").append(10_000 + r.nextInt(90_000)).append("\t黄\t重型半挂牵引车\t").append(axles)
                                    .append("\t\\N\t").append(comb ? 't' : 'f').append("\tf\t0\t").append(gross).append('\t')
                                    .append("9000;9000;9000;9000;9000;9000\t").append(3_600).append("\t2500\t16500\t60\t")
                                    .append("/media/x/1-1.jpg\\n/media/x/1-2.jpg\t\\N\t").append(limit).append('\t')
                                    .append(gross * 5 / 100).append('\t').append(excess).append("\t0\t").append(excess > 0 ? 't' : 'f')
                                    .append("\tt\n");
                        }
                        copy.copyIn("copy nonsite_bench_copy from stdin",
                                new java.io.ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        try (Connection con = connect(url); Statement st = con.createStatement()) {
            long count;
            try (ResultSet rs = st.executeQuery("select count(*) from nonsite_bench_copy")) {
                rs.next();
                count = rs.getLong(1);
            }
            System.out.printf("raw COPY (%d connections, same columns and key, same database): %,.0f rows/s (%,d rows in %.1f s)%n",
                    threads, count / secs, count, secs);
            st.execute("drop table nonsite_bench_copy");
        }
    }
}
