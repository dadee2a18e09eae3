package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Password resets follow 三员分立 (issue 11: the system administrator could reset the auditor's or the security
 * administrator's password and so take over the audit and the role powers). Fresh administrator accounts are used so
 * that the shared demo administrators keep their passwords.
 */
@ZhifaIntegrationTest
class PasswordResetSeparationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void system_admin_cannot_reset_the_auditors_or_the_security_admins_password() {
        long auditor = account("reset-auditor", "AUDIT_ADMIN");
        long security = account("reset-secadmin", "SECURITY_ADMIN");
        for (long target : new long[] {auditor, security}) {
            String hashBefore = hash(target);
            var r = TestApi.as(port, "admin").post("/api/identity/users/" + target + "/password-reset", Map.of());
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("detail").asString()).contains("系统管理员不得重置管理员");
            assertThat(r.json().get("article").asString()).contains("三员分立");
            assertThat(hash(target)).isEqualTo(hashBefore);
        }
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'PASSWORD_RESET' and result = 'REFUSED' "
                + "and object_id = ?").param(String.valueOf(auditor)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void security_admin_resets_the_system_and_audit_admins_passwords_but_never_their_own() {
        long sysadmin = account("reset-sysadmin", "SYSTEM_ADMIN");
        long auditor = account("reset-auditor2", "AUDIT_ADMIN");
        var secadmin = TestApi.as(port, "secadmin");
        for (long target : new long[] {sysadmin, auditor}) {
            var r = secadmin.post("/api/identity/users/" + target + "/password-reset", Map.of());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("oneTimePassword").asString()).hasSizeGreaterThanOrEqualTo(12);
        }
        long self = jdbc.sql("select id from user_account where username = 'secadmin'").query(Long.class).single();
        var own = secadmin.post("/api/identity/users/" + self + "/password-reset", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("不得重置自己的密码");
    }

    @Test
    void business_users_passwords_are_reset_by_the_system_admin_not_the_security_admin() {
        long officer = account("reset-officer", "OFFICER");
        var refused = TestApi.as(port, "secadmin").post("/api/identity/users/" + officer + "/password-reset", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("业务用户的密码由系统管理员重置");
        var reset = TestApi.as(port, "admin").post("/api/identity/users/" + officer + "/password-reset", Map.of());
        assertThat(reset.status()).isEqualTo(200);
    }

    @Test
    void system_admin_cannot_disable_the_auditor_the_security_admin_decides() {
        long auditor = account("status-auditor", "AUDIT_ADMIN");
        var refused = TestApi.as(port, "admin").post("/api/identity/users/" + auditor + "/enabled", Map.of("enabled", false));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("系统管理员不得停用或启用管理员");
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(auditor).query(Boolean.class).single())
                .isTrue();
        var disabled = TestApi.as(port, "secadmin").post("/api/identity/users/" + auditor + "/enabled",
                Map.of("enabled", false));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(auditor).query(Boolean.class).single())
                .isFalse();
        long officer = account("status-officer", "OFFICER");
        assertThat(TestApi.as(port, "admin").post("/api/identity/users/" + officer + "/enabled", Map.of("enabled", false))
                .status()).isEqualTo(200);
    }

    @Test
    void every_reset_forces_a_change_at_next_login_revokes_tokens_and_tells_the_holder() {
        long auditor = account("reset-auditor3", "AUDIT_ADMIN");
        String oldToken = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "reset-auditor3",
                "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        var r = TestApi.as(port, "secadmin").post("/api/identity/users/" + auditor + "/password-reset", Map.of());
        String otp = r.json().get("oneTimePassword").asString();

        assertThat(TestApi.withToken(port, oldToken).get("/api/audit/verify").status()).isEqualTo(401);
        var token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "reset-auditor3", "password", otp));
        assertThat(token.status()).isEqualTo(200);
        var blocked = TestApi.withToken(port, token.json().get("token").asString()).get("/api/audit/verify");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("detail").asString()).contains("修改密码");
        assertThat(jdbc.sql("select must_change_password from user_account where id = ?").param(auditor)
                .query(Boolean.class).single()).isTrue();

        String notice = jdbc.sql("select text from account_notice where user_id = ? and shown_at is null").param(auditor)
                .query(String.class).single();
        assertThat(notice).contains("由安全管理员 secadmin 重置").contains("如非您本人申请");
        assertThat(jdbc.sql("select detail from audit_record where action = 'PASSWORD_RESET' and result = 'SUCCESS' "
                + "and object_id = ?").param(String.valueOf(auditor)).query(String.class).single()).contains("已通知本人");
    }

    private long account(String username, String role) {
        return TestAccounts.create(jdbc, encoder, username, 1, role, true);
    }

    private String hash(long id) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(id).query(String.class).single();
    }
}
