package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** 三员分立 (GB/T 22239-2019 三级 安全管理中心) over the API. */
@ZhifaIntegrationTest
class AdminSeparationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long userId(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    void system_admin_cannot_grant_roles() {
        var r = TestApi.as(port, "admin").post("/api/identity/users/" + userId("officer2") + "/roles",
                Map.of("role", "UNIT_HEAD"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("系统管理员不得授予或撤销角色");
        assertThat(r.json().get("article").asString()).contains("三员分立");
    }

    @Test
    void system_admin_cannot_read_the_audit_log() {
        assertThat(TestApi.as(port, "admin").get("/api/audit/verify").status()).isEqualTo(403);
        assertThat(TestApi.as(port, "admin").get("/api/audit/records").status()).isEqualTo(403);
    }

    @Test
    void security_admin_cannot_manage_users_data() {
        var r = TestApi.as(port, "secadmin").post("/api/identity/users",
                Map.of("username", "sneaky", "displayName", "某人", "unitId", 11));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("只有系统管理员可以创建用户");
        var reset = TestApi.as(port, "secadmin").post("/api/identity/users/" + userId("officer1") + "/password-reset", Map.of());
        assertThat(reset.status()).isEqualTo(403);
    }

    @Test
    void audit_admin_can_only_read_the_audit_log() {
        assertThat(TestApi.as(port, "auditor").get("/api/audit/verify").status()).isEqualTo(200);
        var grant = TestApi.as(port, "auditor").post("/api/identity/users/" + userId("officer2") + "/roles",
                Map.of("role", "UNIT_HEAD"));
        assertThat(grant.status()).isEqualTo(403);
        var create = TestApi.as(port, "auditor").post("/api/identity/users",
                Map.of("username", "sneaky2", "displayName", "某人", "unitId", 11));
        assertThat(create.status()).isEqualTo(403);
    }

    @Test
    void no_account_holds_two_admin_roles() {
        var r = TestApi.as(port, "secadmin").post("/api/identity/users/" + userId("auditor") + "/roles",
                Map.of("role", "SYSTEM_ADMIN"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("不得同时担任两种管理员角色");
        assertThat(r.json().get("article").asString()).contains("GB/T 22239-2019");
    }

    @Test
    void no_admin_holds_a_business_role() {
        var r = TestApi.as(port, "secadmin").post("/api/identity/users/" + userId("admin") + "/roles",
                Map.of("role", "OFFICER"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("管理员账户不得兼任业务角色");
        var other = TestApi.as(port, "secadmin").post("/api/identity/users/" + userId("officer3") + "/roles",
                Map.of("role", "AUDIT_ADMIN"));
        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void security_admin_grants_and_revokes_business_roles_and_it_is_audited() {
        long id = userId("officer2");
        var grant = TestApi.as(port, "secadmin").post("/api/identity/users/" + id + "/roles", Map.of("role", "LEGAL_REVIEWER"));
        assertThat(grant.status()).isEqualTo(200);
        var revoke = TestApi.as(port, "secadmin").delete("/api/identity/users/" + id + "/roles/LEGAL_REVIEWER");
        assertThat(revoke.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_record where action in ('ROLE_GRANTED','ROLE_REVOKED') and object_id = ? and result = 'SUCCESS'")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void security_admin_cannot_change_own_roles() {
        var r = TestApi.as(port, "secadmin").delete("/api/identity/users/" + userId("secadmin") + "/roles/SECURITY_ADMIN");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("不得修改自己的角色");
    }
}
