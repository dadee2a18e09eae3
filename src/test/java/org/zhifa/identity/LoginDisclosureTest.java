package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Login answers do not reveal whether an account exists (issue 11). */
@ZhifaIntegrationTest
class LoginDisclosureTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void login_messages_do_not_reveal_whether_an_account_exists() {
        TestAccounts.create(jdbc, encoder, "disclosure-known", 11, "OFFICER", true);
        List<String> known = attempts("disclosure-known", 7);
        List<String> unknown = attempts("disclosure-nobody", 7);
        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(0)).isEqualTo("401 BAD_CREDENTIALS 用户名或密码错误，再失败 4 次账户将被锁定");
        assertThat(known.get(4)).startsWith("401 LOCKED 连续 5 次登录失败，账户已锁定 15 分钟");
        assertThat(known.get(6)).startsWith("401 LOCKED 账户已锁定");
    }

    @Test
    void a_disabled_account_answers_a_wrong_password_like_any_other() {
        TestAccounts.create(jdbc, encoder, "disclosure-disabled", 11, "OFFICER", false);
        List<String> disabled = attempts("disclosure-disabled", 2);
        List<String> unknown = attempts("disclosure-nobody2", 2);
        assertThat(disabled).isEqualTo(unknown);
        // only the holder of the password learns that the account is disabled
        var right = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "disclosure-disabled",
                "password", TestApi.DEMO_PASSWORD));
        assertThat(right.json().get("reason").asString()).isEqualTo("DISABLED");
    }

    @Test
    void names_without_an_account_are_kept_only_as_a_keyed_digest() {
        attempts("Secret#Typed-In-The-Name-Field", 1);
        assertThat(jdbc.sql("select count(*) from login_attempt where name_key like '%Secret%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from login_attempt").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from user_account where username = 'Secret#Typed-In-The-Name-Field'")
                .query(Long.class).single()).isZero();
    }

    private List<String> attempts(String username, int n) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var r = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", username, "password", "Wrong#Pass9"));
            answers.add(r.status() + " " + r.json().get("reason").asString() + " "
                    + r.json().get("detail").asString().replaceAll("\\d{2}:\\d{2}", "HH:mm"));
        }
        return answers;
    }
}
