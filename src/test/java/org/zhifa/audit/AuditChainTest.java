package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.internal.AuditPurge;
import org.zhifa.audit.internal.AuditVerifier;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.testsupport.Superuser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * legal-rules §11 (等保 2.0 三级 安全审计): audit records are protected against alteration and deletion and kept
 * at least six months (网络安全法 第二十一条). Every tampering done here is undone before the test ends, because
 * all integration tests share one database and verify its chain.
 */
@ZhifaIntegrationTest
class AuditChainTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void recorded_events_form_an_sm3_chain_that_verifies() {
        List<Long> ids = recordThree();
        Map<String, Object> first = jdbc.sql("select * from audit_record where id = ?").param(ids.get(0))
                .query().singleRow();
        assertThat(first.get("username")).isEqualTo("officer1");
        assertThat(first.get("unit_id")).isEqualTo(11L);
        assertThat(first.get("source_address")).isEqualTo("10.0.0.8");
        Map<String, Object> third = jdbc.sql("select * from audit_record where id = ?").param(ids.get(2))
                .query().singleRow();
        // outside a request and without a logged-in user nothing is invented
        assertThat(third.get("username")).isNull();
        assertThat(third.get("source_address")).isNull();
        String secondHash = jdbc.sql("select hash from audit_record where id = ?").param(ids.get(1))
                .query(String.class).single();
        assertThat(third.get("prev_hash")).isEqualTo(secondHash);

        AuditVerifier.Result result = verifier.verify();
        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(result.records()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void altered_record_is_detected_by_the_sm3_chain() {
        List<Long> ids = recordThree();
        long middle = ids.get(1);
        String original = jdbc.sql("select detail from audit_record where id = ?").param(middle)
                .query(String.class).single();
        asSuperuserWithoutTriggers(su -> su.sql("update audit_record set detail = 'x' where id = ?").param(middle)
                .update());
        try {
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenRecordId()).isEqualTo(middle);
            assertThat(result.reason()).isEqualTo("内容被篡改");
            assertThat(result.toJson()).containsEntry("ok", false).containsEntry("brokenRecordId", middle);
        } finally {
            asSuperuserWithoutTriggers(su -> su.sql("update audit_record set detail = ? where id = ?")
                    .param(original).param(middle).update());
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void removed_record_is_detected_as_a_gap_in_the_sm3_chain() {
        List<Long> ids = recordThree();
        long middle = ids.get(1);
        Map<String, Object> row = new HashMap<>(jdbc.sql("select * from audit_record where id = ?").param(middle)
                .query().singleRow());
        // the exact stored instant, independent of the JVM's and the session's time zones
        row.put("occurred_at", jdbc.sql("select occurred_at from audit_record where id = ?").param(middle)
                .query(OffsetDateTime.class).single());
        asSuperuserWithoutTriggers(su -> su.sql("delete from audit_record where id = ?").param(middle).update());
        try {
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.brokenRecordId()).isEqualTo(ids.get(2));
            assertThat(result.reason()).isEqualTo("记录缺失或顺序被破坏");
        } finally {
            jdbc.sql("""
                    insert into audit_record (id, occurred_at, username, unit_id, unit_name, action, object_type,
                                              object_id, result, detail, source_address, prev_hash, hash)
                    values (:id, :occurred_at, :username, :unit_id, :unit_name, :action, :object_type,
                            :object_id, :result, :detail, :source_address, :prev_hash, :hash)
                    """).params(row).update();
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_audit_records() {
        long id = recordThree().get(0);
        assertThatThrownBy(() -> jdbc.sql("update audit_record set detail = 'x' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        // the application's role may not even try; the trigger stops anyone who may (the owner, a superuser)
        assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> Superuser.inTransaction(database, su -> su.sql("truncate audit_record").update()))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void records_younger_than_180_days_cannot_be_deleted_even_through_the_purge_path_per_article_21() {
        long id = recordThree().get(0);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            // the purge switch with a retention below the legal minimum: the trigger still applies 180 days
            jdbc.sql("select set_config('zhifa.audit_purge', 'on', true), "
                    + "set_config('zhifa.audit_retention_days', '0', true)").query().singleRow();
            jdbc.sql("delete from audit_record where id = ?").param(id).update();
        })).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_record where id = ?").param(id).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void the_purge_keeps_every_record_inside_the_retention_and_is_itself_audited() {
        recordThree();
        long before = jdbc.sql("select count(*) from audit_record where occurred_at > now() - interval '180 days'")
                .query(Long.class).single();
        AuditPurge.Outcome outcome = purge.purge();
        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.purged()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where occurred_at > now() - interval '180 days'")
                .query(Long.class).single()).isGreaterThan(before);
        assertThat(jdbc.sql("select action from audit_record order by id desc limit 1").query(String.class).single())
                .isEqualTo("AUDIT_PURGED");
        assertThat(verifier.verify().ok()).isTrue();
    }

    /** Records three events (explicit actor, explicit actor, current actor = nobody) and returns their ids. */
    private List<Long> recordThree() {
        String marker = "测试-" + UUID.randomUUID();
        auditTrail.record(new AuditEvent("officer1", 11L, "德令哈市交通运输综合行政执法大队", "TEST_EVENT", "TEST", "1",
                AuditResult.SUCCESS, marker + " 一", "10.0.0.8"));
        auditTrail.record(new AuditEvent("officer2", 11L, "德令哈市交通运输综合行政执法大队", "TEST_EVENT", "TEST", "2",
                AuditResult.REFUSED, marker + " 二，含分隔符\u001F与引号'", null));
        auditTrail.success("TEST_EVENT", "TEST", 3, marker + " 三");
        List<Long> ids = jdbc.sql("select id from audit_record where detail like ? order by id")
                .param(marker + "%").query(Long.class).list();
        assertThat(ids).hasSize(3);
        return ids;
    }

    /**
     * What an attacker with the database superuser could do: switch the guard triggers off for one statement.
     * All in one transaction, so no other session ever sees the triggers disabled.
     */
    private void asSuperuserWithoutTriggers(Consumer<JdbcClient> statement) {
        Superuser.inTransaction(database, su -> {
            su.sql("alter table audit_record disable trigger all").update();
            statement.accept(su);
            su.sql("alter table audit_record enable trigger all").update();
        });
    }
}
