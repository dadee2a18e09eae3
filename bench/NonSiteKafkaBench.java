import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

    static final String TOPIC = "zhifa.nonsite.records.bench";

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
        String officer = NonSiteBench.token(base, "officer1");
        String head = NonSiteBench.token(base, "head1");
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String[] codes = new String[partitions];
        List<Long> ids = new ArrayList<>();
        for (int i = 0, found = 0; found < partitions; i++) {
            String code = "KBENCH-" + run + "-" + i;
            int p = Utils.toPositive(Utils.murmur2(code.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (codes[p] == null) {
                codes[p] = code;
                ids.add(NonSiteBench.device(base, officer, head, code).id());
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
            NonSiteBench.Generator g = new NonSiteBench.Generator(11, 3.5);
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
        // the embedded server accepts only passwords; the superuser's is generated at the first start
        java.util.Properties passwords = new java.util.Properties();
        passwords.load(new java.io.StringReader(Files.readString(data.resolve("keys/db-passwords.properties"))));
        try (Connection con = DriverManager.getConnection(pgUrl, "postgres", passwords.getProperty("postgres"));
                Statement st = con.createStatement()) {
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
}
