package org.zhifa.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhifa.database.internal.EmbeddedPasswords;
import org.zhifa.database.internal.Postmaster;
import org.zhifa.nonsite.NonSiteFixtures;
import org.zhifa.testsupport.FreePorts;

/**
 * Issue 11, "Done when": the packaged jar (target/zhifa.jar) with the settings a user gets ingests device records
 * while its embedded PostgreSQL is killed ({@code kill -9} of the postmaster) in the middle of the ingest; requests
 * meanwhile get 503, the watchdog brings the database back and ingest goes on without restarting the application.
 * Then the application itself is killed ({@code kill -9}), leaving its database running, and started again ONCE:
 * it comes up, and every record the API acknowledged is in the database. Run by failsafe after {@code package}.
 */
class DurabilityIT {

    private static final Duration READY_WAIT = Duration.ofSeconds(180);
    private static final int BATCH = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dataDir;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        if (dataDir != null) {
            // nothing may outlive the test, not even after a failure
            Postmaster.processesIn(dataDir.resolve("pg")).forEach(ProcessHandle::destroyForcibly);
            Postmaster.awaitGone(dataDir.resolve("pg"), Duration.ofSeconds(30));
            // the logs (beside the directory) stay for reading; the data go
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void every_acknowledged_record_survives_a_database_crash_mid_ingest_and_a_killed_application_after_one_restart()
            throws Exception {
        Path jar = Path.of("target/zhifa.jar");
        assertThat(jar).as("run through failsafe after package").exists();
        dataDir = Files.createDirectories(Path.of("target/durability-it")).resolve("data-" + System.nanoTime());
        int port = FreePorts.next();

        Process first = start(jar, port, "first");
        awaitReady(port, first);
        assertDurableSettings();
        String deviceKey = NonSiteFixtures.usableWim(port).apiKey();

        // ingest from two clients; kill the database server while batches are in flight
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger okAfterCrash = new AtomicInteger();
        AtomicBoolean crashed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            String prefix = "IT-" + c + "-";
            Thread t = new Thread(() -> ingest(port, deviceKey, prefix, acknowledged, unexpected, unavailable, crashed,
                    okAfterCrash, stop), "ingest-" + c);
            t.start();
            clients.add(t);
        }
        awaitCount(() -> acknowledged.size() >= 20 * BATCH, Duration.ofSeconds(60), "ingest before the crash");
        long postmaster = postmasterPid();
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
        server.destroyForcibly(); // kill -9 of the embedded postmaster, mid-ingest
        crashed.set(true);
        server.onExit().join();
        // the watchdog restarts the server; ingest succeeds again without restarting the application
        awaitCount(() -> okAfterCrash.get() >= 10, Duration.ofSeconds(60), "ingest after the database came back");
        stop.set(true);
        for (Thread t : clients) {
            t.join();
        }
        assertThat(unexpected).as("answers other than 200 and 503 problem+json in Chinese").isEmpty();
        assertThat(unavailable.get()).as("requests answered 503 while the database was down").isPositive();
        long restartedServer = postmasterPid();
        assertThat(restartedServer).isNotEqualTo(postmaster);

        // kill -9 of the application: its database keeps running, orphaned
        first.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(restartedServer).map(ProcessHandle::isAlive)).contains(true);

        // ONE start: it finds the orphan, stops it and comes up
        Process second = start(jar, port, "second");
        awaitReady(port, second);
        assertThat(ProcessHandle.of(restartedServer).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        List<String> ids = new ArrayList<>(acknowledged.keySet());
        Collections.sort(ids);
        try (Connection con = applicationConnection();
                PreparedStatement ps = con.prepareStatement(
                        "select count(*) from nonsite_detection where device_record_id = any(?)")) {
            ps.setArray(1, con.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("acknowledged records in the database after one restart")
                        .isEqualTo(ids.size());
            }
        }
        System.out.printf("DurabilityIT: %,d records acknowledged (%d answers 503 during the outage, %d batches "
                + "after the restart of the database), all %,d found after one restart%n", ids.size(),
                unavailable.get(), okAfterCrash.get(), ids.size());
    }

    private void ingest(int port, String key, String prefix, Map<String, Boolean> acknowledged,
            List<String> unexpected, AtomicInteger unavailable, AtomicBoolean crashed, AtomicInteger okAfterCrash,
            AtomicBoolean stop) {
        int n = 0;
        while (!stop.get()) {
            List<String> ids = new ArrayList<>();
            StringBuilder body = new StringBuilder("[");
            Instant at = Instant.now().minusSeconds(60);
            for (int i = 0; i < BATCH; i++) {
                String id = prefix + n++;
                ids.add(id);
                // six axles, 40 t: within the limit
                body.append(i == 0 ? "" : ",").append(NonSiteFixtures.record(id, at.plusMillis(i),
                        "青H" + (10000 + (n % 90000)), 6, 40_000));
            }
            body.append(']');
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/public/nonsite/records")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("X-Device-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200 && r.body().contains("\"rejected\":0") && r.body().contains("\"complete\":true")) {
                    ids.forEach(id -> acknowledged.put(id, true));
                    if (crashed.get()) {
                        okAfterCrash.incrementAndGet();
                    }
                } else if (r.statusCode() == 503 && r.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json") && r.body().contains("数据库暂时不可用")) {
                    unavailable.incrementAndGet();
                } else {
                    unexpected.add(r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                // the connection to the application broke: nothing acknowledged, nothing counted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The jar as a user runs it: no test profile, so the durable defaults apply. */
    private Process start(Path jar, int port, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                "--zhifa.db.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(dataDir.getParent().resolve(dataDir.getFileName() + "-" + name + ".log").toFile())
                .start();
        started.add(p);
        return p;
    }

    private void awaitReady(int port, Process app) throws Exception {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the application exited during its start; see " + dataDir + "-*.log").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/public/procedure")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_WAIT);
    }

    private static void awaitCount(java.util.function.BooleanSupplier done, Duration wait, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private void assertDurableSettings() throws Exception {
        try (Connection con = applicationConnection(); var st = con.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = st.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
    }

    /** As the application's role, with the password the application generated (mode 600 file). */
    private Connection applicationConnection() throws Exception {
        Properties passwords = new Properties();
        passwords.load(new StringReader(Files.readString(EmbeddedPasswords.file(dataDir))));
        int pgPort = Integer.parseInt(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(3).trim());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "zhifa_app",
                passwords.getProperty("zhifa_app"));
    }

}
