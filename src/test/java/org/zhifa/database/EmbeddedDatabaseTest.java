package org.zhifa.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.database.internal.ClusterSetup;
import org.zhifa.database.internal.EmbeddedPasswords;
import org.zhifa.database.internal.MigrationRole;
import org.zhifa.database.internal.Postmaster;

/**
 * The embedded PostgreSQL with the settings a user gets (not the test profile's): durable, password authentication
 * only, the two roles, recovery of a server left behind, restart of a server that died, and the upgrade of a data
 * directory written by the old code (trust, everything owned by the superuser). Issue 11, Durability.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    private static ZhifaDatabaseProperties defaults(Path dataDir) {
        return new ZhifaDatabaseProperties(null, null, null, null, null, dataDir, false, false, null, null, null,
                null, Duration.ZERO, null, false);
    }

    private static String show(JdbcClient jdbc, String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }

    @Test
    void the_embedded_database_that_holds_real_data_flushes_every_commit_to_disk() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(ZhifaDatabaseProperties.embeddedIn(dataDir))) {
            JdbcClient app = JdbcClient.create(db.application());
            assertThat(show(app, "fsync")).isEqualTo("on");
            assertThat(show(app, "synchronous_commit")).isEqualTo("on");
            assertThat(show(app, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void the_embedded_cluster_accepts_only_password_authentication_and_keeps_the_passwords_owner_only()
            throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(defaults(dataDir))) {
            List<String> hba = Files.readAllLines(db.directory().resolve("pg_hba.conf")).stream()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertThat(hba).isNotEmpty().allMatch(l -> l.endsWith("scram-sha-256"));
            assertThat(JdbcClient.create(db.superuser()).sql("select count(*) from pg_hba_file_rules "
                    + "where auth_method <> 'scram-sha-256'").query(Long.class).single()).isZero();
            Path passwords = EmbeddedPasswords.file(dataDir);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords.getParent())))
                    .isEqualTo("rwx------");
            String url = db.jdbcUrl();
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "zhifa_app", "").close())
                    .hasMessageContaining("password");
        }
    }

    @Test
    void the_application_role_is_no_superuser_owns_nothing_and_the_migration_role_owns_the_schema() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(defaults(dataDir))) {
            JdbcClient su = JdbcClient.create(db.superuser());
            Map<String, Object> app = su.sql("select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls "
                    + "from pg_roles where rolname = 'zhifa_app'").query().singleRow();
            assertThat(app.values()).containsOnly(false);
            assertThat(su.sql("select rolsuper from pg_roles where rolname = 'zhifa_owner'").query(Boolean.class).single())
                    .isFalse();
            assertThat(su.sql("select pg_has_role('zhifa_app', 'zhifa_owner', 'MEMBER')").query(Boolean.class).single())
                    .isFalse();
            assertThat(su.sql("select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'")
                    .query(String.class).single()).isEqualTo("zhifa_owner");
        }
    }

    @Test
    void a_server_left_running_by_a_killed_application_is_stopped_so_that_one_start_recovers() throws Exception {
        int port;
        try (EmbeddedDatabase first = EmbeddedDatabase.start(defaults(dataDir))) {
            JdbcClient.create(first.migration()).sql("create table kept (v text)").update();
            JdbcClient.create(first.migration()).sql("insert into kept values ('vor dem Absturz')").update();
            port = first.port();
        }
        // what a killed JVM leaves behind: the server runs, nobody holds the library's lock
        Process orphan = new ProcessBuilder(ClusterSetup.postgres("-D", dataDir.resolve("pg").toString(), "-p",
                String.valueOf(port))).redirectErrorStream(true).redirectOutput(dataDir.resolve("orphan.log").toFile())
                .start();
        awaitListening(dataDir.resolve("pg"));
        try {
            assertThat(Postmaster.running(dataDir.resolve("pg"))).isPresent();
            try (EmbeddedDatabase second = EmbeddedDatabase.start(defaults(dataDir))) {
                assertThat(orphan.isAlive()).isFalse();
                assertThat(JdbcClient.create(second.migration()).sql("select v from kept").query(String.class).single())
                        .isEqualTo("vor dem Absturz");
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    private static void awaitListening(Path pg) throws Exception {
        for (int i = 0; i < 300; i++) {
            Path pid = pg.resolve("postmaster.pid");
            if (Files.exists(pid) && Files.readString(pid).contains("ready")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the orphan server did not start");
    }

    @Test
    void a_second_application_on_the_same_data_directory_is_refused_with_a_chinese_message() {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(defaults(dataDir))) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(defaults(dataDir)))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("正被另一个正在运行的 zhifa 进程使用");
            assertThat(JdbcClient.create(first.application()).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void a_server_that_died_is_started_again_on_the_same_port_with_every_committed_row() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(defaults(dataDir))) {
            JdbcClient owner = JdbcClient.create(db.migration());
            owner.sql("create table committed (n integer)").update();
            owner.sql("insert into committed select generate_series(1, 1000)").update();
            int port = db.port();
            long pid = db.postmasterPid().orElseThrow();
            assertThat(db.restartIfStopped()).isFalse();

            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly(); // kill -9 of the postmaster
            postmaster.onExit().join();
            assertThat(db.restartIfStopped()).isTrue();

            assertThat(db.port()).isEqualTo(port);
            assertThat(db.postmasterPid()).isPresent().get().isNotEqualTo(pid);
            assertThat(owner.sql("select count(*) from committed").query(Long.class).single()).isEqualTo(1000);
        }
    }

    @Test
    void a_data_directory_of_the_old_code_with_trust_and_a_superuser_is_upgraded_on_its_first_start() throws Exception {
        Path pg = dataDir.resolve("pg");
        // the old code: the library's defaults (initdb -A trust), schema created and used by the superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pg).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            JdbcClient.create(old.getPostgresDatabase()).sql("insert into calendar_year (year, source, loaded_by) "
                    + "values (2099, '旧版本的记录', 'test')").update();
        }
        assertThat(Files.readString(pg.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(defaults(dataDir))) {
            assertThat(Files.readString(pg.resolve("pg_hba.conf")).lines().filter(l -> !l.startsWith("#")))
                    .noneMatch(l -> l.contains("trust"));
            JdbcClient su = JdbcClient.create(db.superuser());
            assertThat(su.sql("select distinct pg_get_userbyid(c.relowner) from pg_class c join pg_namespace n "
                    + "on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p', 'S', 'v')")
                    .query(String.class).list()).containsExactly("zhifa_owner");
            assertThat(su.sql("select distinct pg_get_userbyid(p.proowner) from pg_proc p join pg_namespace n "
                    + "on n.oid = p.pronamespace where n.nspname = 'public'").query(String.class).list())
                    .containsExactly("zhifa_owner");
            // the next migration runs as the migration role and grants the application's role its rows
            Flyway.configure().dataSource(db.migration()).locations("classpath:db/migration").outOfOrder(true)
                    .initSql(MigrationRole.initSql("zhifa_app")).load().migrate();
            JdbcClient app = JdbcClient.create(db.application());
            assertThat(app.sql("select source from calendar_year where year = 2099").query(String.class).single())
                    .isEqualTo("旧版本的记录");
            assertThatThrownBy(() -> app.sql("alter table audit_record disable trigger all").update())
                    .hasStackTraceContaining("must be owner");
        }
    }
}
