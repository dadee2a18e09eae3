package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

@ZhifaIntegrationTest
class LoginAndTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityAdministration administration;

    @Test
    void token_endpoint_issues_a_token_that_authenticates_api_calls() {
        var anonymous = TestApi.anonymous(port);
        var r = anonymous.post("/api/auth/token", Map.of("username", "officer1", "password", TestApi.DEMO_PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("token").asString()).hasSizeGreaterThan(30);
        assertThat(r.json().get("expiresAt").asString()).isNotBlank();

        var me = TestApi.as(port, "officer1").get("/api/identity/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("unitName").asString()).isEqualTo("德令哈市交通运输综合行政执法大队");
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("OFFICER");
    }

    @Test
    void wrong_credentials_answer_401_with_a_chinese_problem() {
        var r = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "officer2", "password", "wrong"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("用户名或密码错误");
        jdbc.sql("update user_account set failed_attempts = 0 where username = 'officer2'").update();
    }

    @Test
    void api_without_token_answers_401_problem() {
        var r = TestApi.anonymous(port).get("/api/identity/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).contains("请先登录");
    }

    @Test
    void invalid_token_answers_401() {
        var response = TestApi.withToken(port, "not-a-token").get("/api/identity/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).contains("令牌无效");
    }

    @Test
    void five_failed_logins_lock_the_account_for_fifteen_minutes_also_on_the_token_endpoint() {
        createUser("locktest");
        var anonymous = TestApi.anonymous(port);
        for (int i = 1; i <= 4; i++) {
            var r = anonymous.post("/api/auth/token", Map.of("username", "locktest", "password", "Wrong#Pass1"));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("detail").asString()).contains("再失败 " + (5 - i) + " 次");
        }
        var fifth = anonymous.post("/api/auth/token", Map.of("username", "locktest", "password", "Wrong#Pass1"));
        assertThat(fifth.json().get("detail").asString()).contains("已锁定 15 分钟");
        // even the right password is refused while locked
        var right = anonymous.post("/api/auth/token", Map.of("username", "locktest", "password", TestApi.DEMO_PASSWORD));
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.json().get("reason").asString()).isEqualTo("LOCKED");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'ACCOUNT_LOCKED' and username = 'locktest'")
                .query(Long.class).single()).isEqualTo(1);

        // the security administrator unlocks
        long id = jdbc.sql("select id from user_account where username = 'locktest'").query(Long.class).single();
        assertThat(TestApi.as(port, "secadmin").post("/api/identity/users/" + id + "/unlock", Map.of()).status())
                .isEqualTo(200);
        assertThat(anonymous.post("/api/auth/token", Map.of("username", "locktest", "password", TestApi.DEMO_PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void one_time_password_must_be_changed_before_the_api_can_be_used() {
        var created = TestApi.as(port, "admin").post("/api/identity/users",
                Map.of("username", "newcomer", "displayName", "新用户（演示）", "unitId", 11));
        assertThat(created.status()).isEqualTo(200);
        String otp = created.json().get("oneTimePassword").asString();
        var token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "newcomer", "password", otp));
        assertThat(token.status()).isEqualTo(200);
        var me = TestApi.withToken(port, token.json().get("token").asString()).get("/api/identity/me");
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.json().get("detail").asString()).contains("修改密码");
    }

    @Test
    void password_change_enforces_the_policy_and_refuses_the_last_five_passwords() {
        long id = createUser("pwtest");
        AccountService accounts = accountService;
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                accounts.changePassword(id, TestApi.DEMO_PASSWORD, "short1A", "short1A")))
                .hasMessageContaining("密码修改失败");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                accounts.changePassword(id, TestApi.DEMO_PASSWORD, TestApi.DEMO_PASSWORD, TestApi.DEMO_PASSWORD)))
                .isInstanceOf(org.zhifa.common.InvalidInputException.class)
                .satisfies(e -> assertThat(((org.zhifa.common.InvalidInputException) e).fieldErrors().get("next"))
                        .contains("最近 5 次"));
        accounts.changePassword(id, TestApi.DEMO_PASSWORD, "Another#Pass2", "Another#Pass2");
        assertThat(TestApi.anonymous(port).post("/api/auth/token",
                Map.of("username", "pwtest", "password", "Another#Pass2")).status()).isEqualTo(200);
    }

    @Autowired
    AccountService accountService;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    /** A test user with the demo password and the OFFICER role, in the 德令哈 brigade. */
    long createUser(String username) {
        var existing = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql("""
                insert into user_account (username, display_name, unit_id, password_hash, password_changed_at)
                values (?, ?, 11, ?, now()) returning id""")
                .params(username, username + "（测试）", encoder.encode(TestApi.DEMO_PASSWORD)).query(Long.class).single();
        jdbc.sql("insert into password_history (user_id, password_hash) select id, password_hash from user_account where id = ?")
                .param(id).update();
        jdbc.sql("insert into user_role (user_id, role, granted_by) values (?, 'OFFICER', 'test')").param(id).update();
        return id;
    }
}
