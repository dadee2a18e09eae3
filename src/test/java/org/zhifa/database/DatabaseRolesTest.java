package org.zhifa.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.audit.AuditTrail;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * With the application's own connection (issue 11; legal-rules §11, 等保 2.0 三级 安全审计): the append-only triggers
 * of the audit trail cannot be switched off, neither per table nor for the session, so an audit row cannot be
 * altered or deleted.
 */
@ZhifaIntegrationTest
class DatabaseRolesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail auditTrail;

    private long anyAuditRecord() {
        auditTrail.success("ROLE_TEST", "TEST", 1, "数据库账户测试");
        return jdbc.sql("select max(id) from audit_record where action = 'ROLE_TEST'").query(Long.class).single();
    }

    @Test
    void the_application_connects_as_a_role_that_is_no_superuser_and_owns_no_table() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("zhifa_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_has_role(current_user, c.relowner, 'MEMBER')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_application_role_cannot_disable_the_audit_trails_append_only_trigger() {
        assertThatThrownBy(() -> jdbc.sql("alter table audit_record disable trigger audit_record_no_update_delete")
                .update()).hasStackTraceContaining("must be owner of table audit_record");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_record disable trigger all").update())
                .hasStackTraceContaining("must be owner of table audit_record");
        assertThat(jdbc.sql("select tgenabled from pg_trigger where tgname = 'audit_record_no_update_delete'")
                .query(String.class).single()).isEqualTo("O");
    }

    @Test
    void the_application_role_cannot_set_session_replication_role_to_silence_triggers() {
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update())
                .hasStackTraceContaining("permission denied to set parameter \"session_replication_role\"");
        assertThatThrownBy(() -> jdbc.sql("select set_config('session_replication_role', 'replica', false)")
                .query(String.class).single())
                .hasStackTraceContaining("permission denied to set parameter \"session_replication_role\"");
        assertThat(jdbc.sql("show session_replication_role").query(String.class).single()).isEqualTo("origin");
    }

    @Test
    void an_update_or_delete_of_an_audit_row_still_fails_for_the_application_role() {
        long id = anyAuditRecord();
        assertThatThrownBy(() -> jdbc.sql("update audit_record set detail = 'x' where id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where id = ?").param(id).update())
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_record where id = ?").param(id).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void the_application_role_can_neither_replace_the_trigger_function_nor_create_objects_in_the_schema() {
        assertThatThrownBy(() -> jdbc.sql("create or replace function audit_record_guard() returns trigger "
                + "language plpgsql as $$ begin return old; end $$").update())
                .hasStackTraceContaining("permission denied for schema public");
        assertThatThrownBy(() -> jdbc.sql("create table public.shadow (id int)").update())
                .hasStackTraceContaining("permission denied for schema public");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_record_no_update_delete on audit_record").update())
                .hasStackTraceContaining("must be owner of");
    }
}
