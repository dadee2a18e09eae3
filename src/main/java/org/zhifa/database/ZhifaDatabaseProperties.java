package org.zhifa.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where zhifa keeps its data and how it reaches the database. With no {@code url} a PostgreSQL 17 runs embedded
 * from {@code dataDir/pg}, with password authentication and two roles of its own (docs/database-roles.md).
 *
 * @param url                 external PostgreSQL JDBC URL ({@code ZHIFA_DB_URL}); blank means embedded
 * @param user                external database role of the application ({@code ZHIFA_DB_USER}): reads and writes
 *                            rows, owns nothing
 * @param password            its password ({@code ZHIFA_DB_PASSWORD})
 * @param migrationUser       external role that owns the schema and runs Flyway ({@code ZHIFA_DB_MIGRATION_USER});
 *                            blank means {@code user} does both (not recommended: it could switch the audit
 *                            triggers off)
 * @param migrationPassword   its password ({@code ZHIFA_DB_MIGRATION_PASSWORD})
 * @param dataDir             root of local data (embedded database, keys, evidence); default {@code ./data}
 * @param embeddedClean       wipe the embedded database on start (tests only)
 * @param allowEmbeddedInProd the {@code prod} profile refuses the embedded database unless this is true
 * @param fsync               embedded server: flush every commit to disk. Default on (PostgreSQL's own default;
 *                            issue 11: acknowledged records were lost with it off). Off only for tests.
 * @param synchronousCommit   embedded server: answer a commit only once its WAL is on disk. Default {@code on}
 *                            (PostgreSQL's own default); {@code off} only for tests
 * @param fullPageWrites      embedded server: protect against torn pages after a power loss. Default on
 *                            (PostgreSQL's own default); off only for tests
 * @param connectionTimeout   how long a request waits for a database connection before it is answered 503.
 *                            Default 3 s (issue 11: fail fast instead of the pool's 30 s)
 * @param watchdogInterval    how often the embedded server is checked and, if it died, started again on the same
 *                            data directory. Default 5 s; 0 switches the watchdog off
 * @param startupWait         how long the embedded server may take to start (crash recovery included). Default 60 s
 * @param requireLeastPrivilege refuse to start when the application's role is a superuser or owns the schema's
 *                            tables (default false: a warning; the {@code prod} profile sets it true)
 */
@ConfigurationProperties("zhifa.db")
public record ZhifaDatabaseProperties(
        String url,
        String user,
        String password,
        String migrationUser,
        String migrationPassword,
        Path dataDir,
        boolean embeddedClean,
        boolean allowEmbeddedInProd,
        Boolean fsync,
        String synchronousCommit,
        Boolean fullPageWrites,
        Duration connectionTimeout,
        Duration watchdogInterval,
        Duration startupWait,
        boolean requireLeastPrivilege) {

    private static final Set<String> SYNCHRONOUS_COMMIT = Set.of("on", "off", "local", "remote_write", "remote_apply");

    public ZhifaDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (fsync == null) {
            fsync = true;
        }
        if (synchronousCommit == null || synchronousCommit.isBlank()) {
            synchronousCommit = "on";
        }
        if (!SYNCHRONOUS_COMMIT.contains(synchronousCommit)) {
            throw new IllegalArgumentException("zhifa.db.synchronous-commit 只能是 " + SYNCHRONOUS_COMMIT + " 之一");
        }
        if (fullPageWrites == null) {
            fullPageWrites = true;
        }
        if (connectionTimeout == null) {
            connectionTimeout = Duration.ofSeconds(3);
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("zhifa.db.connection-timeout 不得小于 250 毫秒（连接池的下限）");
        }
        if (watchdogInterval == null) {
            watchdogInterval = Duration.ofSeconds(5);
        }
        if (startupWait == null) {
            startupWait = Duration.ofSeconds(60);
        }
    }

    /** Only the data directory; everything else at its default (the embedded database as a user gets it). */
    public static ZhifaDatabaseProperties embeddedIn(Path dataDir) {
        return new ZhifaDatabaseProperties(null, null, null, null, null, dataDir, false, false, null, null, null, null,
                null, null, false);
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** The role Flyway runs as on an external database: the migration role, or the application's when none is set. */
    public String externalMigrationUser() {
        return migrationUser == null || migrationUser.isBlank() ? user : migrationUser;
    }

    public String externalMigrationPassword() {
        return migrationUser == null || migrationUser.isBlank() ? password : migrationPassword;
    }
}
