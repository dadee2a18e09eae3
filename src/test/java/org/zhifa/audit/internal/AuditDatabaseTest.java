package org.zhifa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;

/**
 * The chain, the guard triggers and the retention purge against a private real PostgreSQL (its own, so that
 * records older than six months can be made and purged without touching the shared test database).
 */
class AuditDatabaseTest {

    private static EmbeddedPostgres postgres;
    private static int databases;
    private JdbcClient jdbc;
    private JdbcTransactionManager transactions;
    private MovableClock clock;
    private JdbcAuditTrail trail;
    private AuditVerifier verifier;

    @BeforeAll
    static void startServer() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Shanghai").start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        postgres.close();
    }

    /** A fresh database per test: the triggers make an audit table impossible to empty, by design. */
    @BeforeEach
    void createDatabase() {
        String name = "audit_test_" + (++databases);
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name).update();
        DataSource dataSource = postgres.getDatabase("postgres", name);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new JdbcTransactionManager(dataSource);
        clock = new MovableClock(Instant.now());
        trail = new JdbcAuditTrail(jdbc, transactions, clock);
        verifier = new AuditVerifier(dataSource, transactions);
    }

    @Test
    void the_first_record_links_to_genesis_and_the_stored_time_hashes_to_the_same_value() {
        clock.set(Instant.parse("2025-03-01T02:04:05.123456789Z"));
        record("LOGIN", "auditor");
        assertThat(jdbc.sql("select prev_hash from audit_record").query(String.class).single())
                .isEqualTo(AuditCanonical.GENESIS);
        assertThat(verifier.verify()).isEqualTo(new AuditVerifier.Result(true, 1, null, null));
    }

    @Test
    void the_purge_removes_only_records_older_than_180_days_and_the_chain_still_verifies_per_article_21() {
        clock.set(Instant.now().minus(Duration.ofDays(200)));
        record("OLD_1", "officer1");
        record("OLD_2", "officer1");
        clock.set(Instant.now().minus(Duration.ofDays(179)));
        record("YOUNG_1", "officer2");
        clock.set(Instant.now());
        record("YOUNG_2", "officer2");
        AuditPurge purge = new AuditPurge(jdbc, transactions, new AuditProperties(180, null), trail);

        AuditPurge.Outcome outcome = purge.purge();

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.purged()).isEqualTo(2);
        assertThat(jdbc.sql("select action from audit_record order by id").query(String.class).list())
                .containsExactly("YOUNG_1", "YOUNG_2", "AUDIT_PURGED");
        assertThat(jdbc.sql("select last_purged_id from audit_anchor").query(Long.class).single())
                .isEqualTo(outcome.lastPurgedId());
        AuditVerifier.Result result = verifier.verify();
        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(result.records()).isEqualTo(3);

        // a second run finds nothing more to purge and the chain still verifies
        assertThat(purge.purge().purged()).isZero();
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void a_purge_of_every_record_leaves_the_next_record_linked_to_the_anchor() {
        clock.set(Instant.now().minus(Duration.ofDays(365)));
        record("OLD_1", "officer1");
        clock.set(Instant.now());
        AuditPurge purge = new AuditPurge(jdbc, transactions, new AuditProperties(180, null), trail);
        assertThat(purge.purge().purged()).isEqualTo(1);
        record("AFTER", "auditor");
        assertThat(verifier.verify()).isEqualTo(new AuditVerifier.Result(true, 2, null, null));
    }

    @Test
    void removing_old_records_without_the_purge_anchor_is_detected() {
        clock.set(Instant.now().minus(Duration.ofDays(365)));
        record("OLD_1", "officer1");
        clock.set(Instant.now());
        record("YOUNG_1", "officer1");
        long young = jdbc.sql("select id from audit_record where action = 'YOUNG_1'").query(Long.class).single();
        // the purge path's switch allows deleting the old record, but the anchor is not written
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("select set_config('zhifa.audit_purge', 'on', true)").query().singleRow();
            jdbc.sql("delete from audit_record where action = 'OLD_1'").update();
        });
        assertThat(verifier.verify()).isEqualTo(new AuditVerifier.Result(false, 0, young, AuditVerifier.BROKEN_LINK));
    }

    @Test
    void the_purge_anchor_cannot_be_written_by_the_application() {
        assertThatThrownBy(() -> jdbc.sql("insert into audit_anchor values (1, now(), 1, :h, 1, now())")
                .param("h", AuditCanonical.GENESIS).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void text_the_database_cannot_store_is_cleaned_and_the_record_still_verifies() {
        trail.record(new AuditEvent("x\u0000y", null, null, "ODD", "T", "长".repeat(600), AuditResult.FAILURE,
                "分隔符\u001F与转义\u001B", "203.0.113.9"));
        assertThat(jdbc.sql("select username from audit_record").query(String.class).single()).isEqualTo("x\uFFFDy");
        assertThat(verifier.verify().ok()).isTrue();
    }

    private void record(String action, String user) {
        trail.record(new AuditEvent(user, 11L, "德令哈市交通运输综合行政执法大队", action, "TEST", "1", AuditResult.SUCCESS,
                "测试", "10.0.0.8"));
    }

    /** A clock the test moves, to make records of a given age. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
