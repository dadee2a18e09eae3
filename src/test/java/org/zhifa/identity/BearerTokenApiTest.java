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
 * A bearer token is checked at every request against what is stored now: the token (revoked, expired), the account
 * (disabled) and its roles.
 */
@ZhifaIntegrationTest
class BearerTokenApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    private String token(String username) {
        var r = TestApi.anonymous(port).post("/api/auth/token",
                Map.of("username", username, "password", TestApi.DEMO_PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("token").asString();
    }

    private int casesStatus(String token) {
        return TestApi.withToken(port, token).get("/api/cases?size=1").status();
    }

    @Test
    void a_token_answers_with_the_accounts_roles_of_the_moment_and_ends_when_revoked_expired_or_disabled() {
        long id = TestAccounts.create(jdbc, encoder, "token-holder", 11, "OFFICER", true);
        String token = token("token-holder");
        assertThat(casesStatus(token)).isEqualTo(200);

        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        assertThat(casesStatus(token)).isEqualTo(403);
        jdbc.sql("insert into user_role (user_id, role, granted_by) values (?, 'SUPERVISOR', 'test')").param(id).update();
        assertThat(casesStatus(token)).isEqualTo(200);

        assertThat(TestApi.withToken(port, token).post("/api/auth/logout", Map.of()).status()).isEqualTo(200);
        assertThat(casesStatus(token)).isEqualTo(401);

        String expiring = token("token-holder");
        assertThat(casesStatus(expiring)).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where user_id = ? and not revoked")
                .param(id).update();
        assertThat(casesStatus(expiring)).isEqualTo(401);

        String disabled = token("token-holder");
        jdbc.sql("update user_account set enabled = false where id = ?").param(id).update();
        assertThat(casesStatus(disabled)).isEqualTo(401);
        assertThat(casesStatus("not-a-token")).isEqualTo(401);
    }
}
