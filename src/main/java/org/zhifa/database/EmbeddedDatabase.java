package org.zhifa.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.database.internal.ClusterSetup;
import org.zhifa.database.internal.EmbeddedPasswords;
import org.zhifa.database.internal.EmbeddedPlatform;
import org.zhifa.database.internal.EmbeddedRoles;
import org.zhifa.database.internal.Postmaster;

/**
 * The embedded PostgreSQL 17 in {@code dataDir/pg}: durable (fsync, synchronous commit and full-page writes as
 * configured, on by default), password authentication only, two roles (docs/database-roles.md). A server left running
 * by an application that was killed is stopped at the next start; a server that dies under the running application
 * is started again on the same port and directory by a watchdog, and the connection pool reconnects by itself.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "postgres";

    private final ZhifaDatabaseProperties properties;
    private final Path directory;
    private final EmbeddedPasswords passwords;
    private final ScheduledExecutorService watchdog;
    /** Whether the cluster existed before this start (rather than being created by it). */
    private final boolean existed;
    private volatile EmbeddedPostgres server;
    private volatile int port;
    private boolean closed;

    private EmbeddedDatabase(ZhifaDatabaseProperties properties, Path directory, EmbeddedPasswords passwords,
            boolean existed) {
        this.properties = properties;
        this.directory = directory;
        this.passwords = passwords;
        this.existed = existed;
        this.watchdog = properties.watchdogInterval().isZero() ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zhifa-db-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the cluster in {@code dataDir/pg}, creating or upgrading it as needed. */
    public static EmbeddedDatabase start(ZhifaDatabaseProperties properties) {
        Path directory = properties.dataDir().resolve("pg").toAbsolutePath().normalize();
        EmbeddedPlatform.require();
        try {
            Files.createDirectories(directory.getParent());
            if (Postmaster.heldByAnotherJvm(directory)) {
                throw new EmbeddedDatabaseInUseException(directory);
            }
            Postmaster.running(directory).ifPresent(orphan -> Postmaster.stopOrphan(orphan, directory, Duration.ofSeconds(15)));
            if (properties.embeddedClean()) {
                deleteTree(directory);
            }
            EmbeddedPasswords passwords = EmbeddedPasswords.loadOrCreate(EmbeddedPasswords.file(properties.dataDir()));
            EmbeddedDatabase database = new EmbeddedDatabase(properties, directory, passwords,
                    Files.exists(directory.resolve("postgresql.conf")));
            try {
                database.startServer(0);
                EmbeddedRoles.ensure(database.superuser(), passwords);
            } catch (IOException | SQLException | RuntimeException e) {
                database.close();
                throw e;
            }
            database.startWatchdog();
            log.info("内嵌 PostgreSQL 已启动，数据目录：{}（端口 {}；fsync={}，synchronous_commit={}，full_page_writes={}；"
                    + "口令认证，应用账户 {}）", directory, database.port, properties.fsync() ? "on" : "off",
                    properties.synchronousCommit(), properties.fullPageWrites() ? "on" : "off", EmbeddedRoles.APPLICATION);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("内嵌 PostgreSQL 启动失败（数据目录 " + directory + "）：" + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("内嵌 PostgreSQL 的账户设置失败：" + e.getMessage(), e);
        }
    }

    private void startServer(int requestedPort) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false) // wiping (tests only) is done here, never by a restart
                .setPort(requestedPort)
                .setPGStartupWait(properties.startupWait())
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", properties.fsync() ? "on" : "off")
                .setServerConfig("synchronous_commit", properties.synchronousCommit())
                .setServerConfig("full_page_writes", properties.fullPageWrites() ? "on" : "off")
                .setConnectConfig("password", passwords.superuser())
                .setDataDirectoryCustomizer(dir -> prepare(dir.toPath()));
        this.server = builder.start();
        this.port = server.getPort();
    }

    /** Before the server starts: password authentication only, and the superuser's password from the file. */
    private void prepare(Path dataDir) {
        try {
            if (ClusterSetup.writeClientAuthentication(dataDir) && existed) {
                log.info("已将内嵌数据库的客户端认证升级为仅口令认证（scram-sha-256），不再允许 trust");
            }
            ClusterSetup.setSuperuserPassword(dataDir, passwords.superuser(), properties.startupWait());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startWatchdog() {
        if (watchdog != null) {
            long every = properties.watchdogInterval().toMillis();
            watchdog.scheduleWithFixedDelay(() -> {
                try {
                    restartIfStopped();
                } catch (RuntimeException e) {
                    log.error("内嵌 PostgreSQL 重新启动失败，{} 毫秒后重试：{}", every, e.getMessage());
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The watchdog's step: if the server is no longer running, starts it again on the same directory and port (crash
     * recovery replays the WAL; every committed transaction is there). Returns whether it had to.
     */
    public synchronized boolean restartIfStopped() {
        if (closed || Postmaster.running(directory).isPresent()) {
            return false;
        }
        log.warn("内嵌 PostgreSQL 已停止运行（数据目录 {}），正在以同一数据目录和端口 {} 重新启动", directory, port);
        closeServer();
        if (!Postmaster.awaitGone(directory, properties.startupWait())) {
            throw new IllegalStateException("上一个内嵌 PostgreSQL 的进程仍未退出");
        }
        try {
            startServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("内嵌 PostgreSQL 已重新启动（端口 {}），连接池将自动重新连接", port);
        return true;
    }

    public int port() {
        return port;
    }

    /** The cluster's data directory ({@code dataDir/pg}). */
    public Path directory() {
        return directory;
    }

    /** The server's process id, if it is running. */
    public Optional<Long> postmasterPid() {
        return Postmaster.running(directory).map(ProcessHandle::pid);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Connections as the application's role ({@value EmbeddedRoles#APPLICATION}). */
    public DataSource application() {
        return dataSource(EmbeddedRoles.APPLICATION, passwords.application());
    }

    /** Connections as the migration role ({@value EmbeddedRoles#MIGRATION}), for Flyway. */
    public DataSource migration() {
        return dataSource(EmbeddedRoles.MIGRATION, passwords.migration());
    }

    /**
     * Connections as the cluster's superuser: for maintenance and for tests that play an attacker with superuser
     * rights. The application's requests never use it.
     */
    public DataSource superuser() {
        return dataSource(EmbeddedRoles.SUPERUSER, passwords.superuser());
    }

    public String applicationUser() {
        return EmbeddedRoles.APPLICATION;
    }

    public String applicationPassword() {
        return passwords.application();
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(DATABASE);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        closeServer();
        if (properties.embeddedClean()) {
            try {
                deleteTree(directory);
            } catch (IOException e) {
                log.warn("无法删除测试数据目录 {}：{}", directory, e.toString());
            }
        }
    }

    private void closeServer() {
        EmbeddedPostgres current = server;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                log.warn("停止内嵌 PostgreSQL 时出错：{}", e.toString());
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
