package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** 三员分立 (legal-rules §11): only the audit administrator reads, exports and verifies the audit log. */
@ZhifaIntegrationTest
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_audit_administrator_verifies_the_chain() {
        TestApi.Response r = TestApi.as(port, "auditor").get("/api/audit/verify");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("ok").asBoolean()).as(r.body()).isTrue();
        assertThat(r.json().get("records").asLong()).isPositive();
    }

    @Test
    void the_system_administrator_may_not_read_the_audit_log_under_separation_of_duties() {
        assertThat(TestApi.as(port, "admin").get("/api/audit/verify").status()).isEqualTo(403);
        assertThat(TestApi.as(port, "admin").get("/api/audit/records").status()).isEqualTo(403);
        assertThat(TestApi.as(port, "secadmin").get("/api/audit/export.csv").status()).isEqualTo(403);
        assertThat(TestApi.as(port, "officer1").get("/api/audit/records").status()).isEqualTo(403);
    }

    @Test
    void the_audit_administrator_searches_by_user_action_and_time() {
        TestApi.as(port, "auditor").get("/api/audit/verify");
        TestApi.Response r = TestApi.as(port, "auditor")
                .get("/api/audit/records?user=auditor&action=AUDIT_VERIFIED&from=2024-01-01&size=5");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("total").asLong()).isPositive();
        assertThat(json.get("items").size()).isBetween(1, 5);
        JsonNode first = json.get("items").get(0);
        assertThat(first.get("username").asString()).isEqualTo("auditor");
        assertThat(first.get("action").asString()).isEqualTo("AUDIT_VERIFIED");
        assertThat(first.get("hash").asString()).hasSize(64);

        TestApi.Response bad = TestApi.as(port, "auditor").get("/api/audit/records?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void an_export_is_itself_audited() {
        long before = exports();
        TestApi.Response csv = TestApi.as(port, "auditor").get("/api/audit/export.csv?action=AUDIT_VERIFIED");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("序号,时间,用户");
        TestApi.Response xlsx = TestApi.as(port, "auditor").get("/api/audit/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(exports()).isEqualTo(before + 2);
    }

    @Test
    void a_refused_state_changing_request_is_recorded_with_user_path_result_and_address_but_no_body() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/identity/users",
                java.util.Map.of("username", "audit-probe", "password", "Secret#Never1"));
        assertThat(r.status()).isEqualTo(403);
        java.util.Map<String, Object> row = jdbc.sql("""
                select * from audit_record where action = 'HTTP_POST' and object_type = 'REQUEST'
                  and object_id = '/api/identity/users' and username = 'officer1' order by id desc limit 1
                """).query().singleRow();
        assertThat(row.get("result")).isEqualTo("REFUSED");
        assertThat(row.get("unit_id")).isEqualTo(11L);
        assertThat(row.get("source_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(row.get("detail")).isEqualTo("HTTP 状态 403");
        assertThat(jdbc.sql("select count(*) from audit_record where detail like '%Secret#Never1%'")
                .query(Long.class).single()).isZero();
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_record where action = 'AUDIT_EXPORTED' and username = 'auditor'")
                .query(Long.class).single();
    }
}
