import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Kafka ingest benchmark (single-file program run with the test classpath by bench/nonsite-kafka-bench.sh; prints
 * figures, asserts nothing).
 *
 * <pre>
 *   NonSiteKafkaBench JAR DATA_DIR RECORDS PARTITIONS [HTTP_RECORDS_PER_S [CONSUMERS]]
 * </pre>
 *
 * Starts an in-JVM Kafka broker (the one behind {@code @EmbeddedKafka}, loopback only), starts zhifa from JAR on a
 * scratch data directory with the Kafka ingest path on, registers one usable device per partition through the API
 * (codes chosen so that Kafka's key hash puts each on its own partition: messages are keyed by device code, so one
 * device is always one partition), produces RECORDS records as fast as the producer takes them, then counts the
 * stored rows in the database until all are there. The end-to-end rate runs from the first send to the poll that saw
 * the last record stored.
 */
public class NonSiteKafkaBench {

    static final int[] AXLES = {2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6};
    static final String[] COLOURS = {"黄", "黄", "黄", "蓝", "黄绿"};
    static final String TOPIC = "zhifa.nonsite.records.bench";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        Path data = Path.of(args[1]);
        int records = Integer.parseInt(args[2]);
        int partitions = Integer.parseInt(args[3]);
        long httpRate = args.length > 4 && !args[4].isBlank() ? Long.parseLong(args[4]) : 0;
        String consumers = args.length > 5 && !args[5].isBlank() ? args[5] : "2"; // zhifa.nonsite.kafka.concurrency default

        // the broker and the clients log through logback, which without a configuration prints everything
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions);
        broker.afterPropertiesSet();
        broker.addTopics(new NewTopic(TOPIC, partitions, (short) 1));
        String bootstrap = broker.getBrokersAsString();
        System.out.printf("broker: in-JVM KRaft, %s, topic %s with %d partitions%n", bootstrap, TOPIC, partitions);

        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = data.resolve("app.log");
        Process app = new ProcessBuilder("java", "-Xmx1g", "-jar", jar, "--server.address=127.0.0.1",
                "--server.port=" + port, "--zhifa.db.data-dir=" + data, "--zhifa.nonsite.kafka.enabled=true",
                "--zhifa.nonsite.kafka.bootstrap-servers=" + bootstrap, "--zhifa.nonsite.kafka.topic=" + TOPIC,
                "--zhifa.nonsite.kafka.group-id=zhifa-bench", "--zhifa.nonsite.kafka.concurrency=" + consumers)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Files.writeString(data.resolve("zhifa.pid"), Long.toString(app.pid()));
        // on an interrupt: stop zhifa; the broker's own shutdown hook removes its directory
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, data)));
        long startWait = System.nanoTime();
        while (!Files.readString(log).contains("Started ZhifaApplication")) {
            if (!app.isAlive() || System.nanoTime() - startWait > Duration.ofMinutes(5).toNanos()) {
                System.out.println("zhifa did not start; last lines of " + log + ":");
                List<String> lines = Files.readAllLines(log);
                lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(System.out::println);
                System.exit(1);
            }
            Thread.sleep(500);
        }
        String base = "http://127.0.0.1:" + port;
        System.out.printf("zhifa: %s (started in %.1f s), %s Kafka consumers%n", base,
                (System.nanoTime() - startWait) / 1e9, consumers);

        // one device per partition, so every partition (and every consumer thread) gets work
        String officer = token(base, "officer1");
        String head = token(base, "head1");
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String[] codes = new String[partitions];
        List<Long> ids = new ArrayList<>();
        for (int i = 0, found = 0; found < partitions; i++) {
            String code = "KBENCH-" + run + "-" + i;
            int p = Utils.toPositive(Utils.murmur2(code.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (codes[p] == null) {
                codes[p] = code;
                ids.add(device(base, officer, head, code));
                found++;
            }
        }
        int pgPort = Integer.parseInt(Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).trim());
        String pgUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        String idList = ids.toString().replace("[", "(").replace("]", ")");
        String countSql = "select count(*) from nonsite_detection where device_id in " + idList;

        System.out.printf("producing %,d records keyed by %d device codes (one per partition)%n", records, partitions);
        AtomicLong sendErrors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        long t0;
        long producedAt;
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            Generator g = new Generator(11, 3.5);
            StringBuilder s = new StringBuilder(512);
            t0 = System.nanoTime();
            for (int i = 0; i < records; i++) {
                String code = codes[i % partitions];
                s.setLength(0);
                g.record(s, run);
                producer.send(new ProducerRecord<>(TOPIC, code, s.toString().getBytes(StandardCharsets.UTF_8)), (md, e) -> {
                    if (e != null) {
                        sendErrors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            producedAt = System.nanoTime();
        }
        double produceSecs = (producedAt - t0) / 1e9;
        System.out.printf("produced: %,d records in %.1f s: %,.0f records/s (acks=all, %d send errors)%n", records,
                produceSecs, records / produceSecs, sendErrors.get());
        if (firstError.get() != null) {
            System.out.println("first send error: " + firstError.get());
        }

        long stored = 0;
        long storedWhenProduced = -1;
        long lastProgress = System.nanoTime();
        long doneAt;
        try (Connection con = DriverManager.getConnection(pgUrl, "postgres", "postgres"); Statement st = con.createStatement()) {
            while (true) {
                long now = System.nanoTime();
                long n;
                try (ResultSet rs = st.executeQuery(countSql)) {
                    rs.next();
                    n = rs.getLong(1);
                }
                if (storedWhenProduced < 0) {
                    storedWhenProduced = n;
                }
                if (n > stored) {
                    stored = n;
                    lastProgress = now;
                }
                if (stored >= records - sendErrors.get()) {
                    doneAt = now;
                    break;
                }
                if (now - lastProgress > Duration.ofSeconds(60).toNanos()) {
                    doneAt = lastProgress;
                    System.out.printf("no progress for 60 s: %,d of %,d records stored; see %s%n", stored, records, log);
                    break;
                }
                Thread.sleep(200);
            }
        }
        double e2eSecs = (doneAt - t0) / 1e9;
        double e2e = stored / e2eSecs;
        System.out.printf("stored when the producer finished: %,d (%.0f %%)%n", storedWhenProduced,
                100.0 * storedWhenProduced / records);
        System.out.printf("Kafka ingest: %,.0f records/s end to end (%,d records stored in %.1f s, first send to last stored;"
                + " %d partitions, %d devices, %s consumers)%n", e2e, stored, e2eSecs, partitions, partitions, consumers);
        if (httpRate > 0) {
            System.out.printf("ratio Kafka ingest / HTTP batch ingest (%,d records/s): %.0f %%%n", httpRate, 100 * e2e / httpRate);
        } else {
            System.out.println("ratio to HTTP ingest: not known (run bench/nonsite-bench.sh first or set HTTP_RATE)");
        }
        stop(app, data);
        // the broker's shutdown logs errors about its already removed directory: nothing worth reading
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        broker.destroy();
        System.exit(0);
    }

    /** Stops zhifa and removes its pid file, so that the script's cleanup never signals a reused pid. */
    static void stop(Process app, Path data) {
        app.destroy();
        try {
            app.waitFor();
            Files.deleteIfExists(data.resolve("zhifa.pid"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the script removes the whole directory anyway
        }
    }

    /** The generator of bench/NonSiteBench.java, one record at a time. */
    static final class Generator {
        final SplittableRandom random;
        final double overPercent;
        final long now = System.currentTimeMillis();
        long seq;

        Generator(long seed, double overPercent) {
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

        void record(StringBuilder s, String prefix) {
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

    static String call(String method, String url, String token, String body) throws IOException, InterruptedException {
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

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }

    static String token(String base, String user) throws Exception {
        String password = System.getenv().getOrDefault("ZHIFA_BENCH_PASSWORD", "Zhifa@2025");
        return field(call("POST", base + "/api/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"), "token");
    }

    /** Registers a usable device (reviews, signage, publication) as the HTTP benchmark does; returns its id. */
    static long device(String base, String officer, String head, String code) throws Exception {
        String created = call("POST", base + "/api/nonsite/devices", officer, """
                {"code":"%s","name":"压测称重点 %s","kind":"WIM","road":"G315","stake":"K%d+000","direction":"双向",
                 "unitId":11,"accuracyClass":5,"certNumber":"JD-BENCH-%s","certDate":"%s","certExpiry":"%s",
                 "signagePhoto":"/signs/%s.jpg"}""".formatted(code, code, 2000 + Math.abs(code.hashCode() % 900), code,
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), code));
        String id = field(created, "id");
        for (String kind : List.of("LEGAL", "TECHNICAL")) {
            call("POST", base + "/api/nonsite/devices/" + id + "/reviews", head, """
                    {"kind":"%s","reviewer":"压测","reviewedOn":"%s","passed":true,"opinion":"压测设备"}"""
                    .formatted(kind, LocalDate.now().minusDays(60)));
        }
        String version = field(call("GET", base + "/api/nonsite/devices/" + id, officer, null), "version");
        call("POST", base + "/api/nonsite/devices/" + id + "/publication", officer, """
                {"publishedOn":"%s","publishedWhere":"压测","version":%s}""".formatted(LocalDate.now().minusDays(30), version));
        return Long.parseLong(id);
    }
}
