package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The security administrator's page for the discipline-clue right: only the security administrator reaches it
 * (三员分立), a grant or revocation needs a reason and the explicit confirmation, goes only to supervisors and unit heads,
 * and is audited.
 */
@ZhifaIntegrationTest
class ClueRightPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    private String follow(WebSession s, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return s.get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }

    private long holders(long userId) {
        return jdbc.sql("select count(*) from discipline_clue_right where user_id = ?").param(userId)
                .query(Long.class).single();
    }

    private long audited(String action, long userId, String detail) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and detail like ?")
                .params(action, Long.toString(userId), "%" + detail + "%").query(Long.class).single();
    }

    @Test
    void theSecurityAdministratorGrantsAndRevokesTheDisciplineClueRightWithReasonAndConfirmation() {
        long user = TestAccounts.create(jdbc, encoder, "sv-right-page-sup", 2, "SUPERVISOR", true);
        assertThat(WebSession.login(port, "supervisor1", TestApi.DEMO_PASSWORD).get("/supervision/clue-rights")
                .statusCode()).isEqualTo(403);
        assertThat(WebSession.login(port, "admin", TestApi.DEMO_PASSWORD).get("/supervision/clue-rights")
                .statusCode()).isEqualTo(403);

        WebSession sec = WebSession.login(port, "secadmin", TestApi.DEMO_PASSWORD);
        String page = sec.get("/supervision/clue-rights").body();
        assertThat(page).contains("授予查阅权").contains("name=\"_csrf\"").contains("data-confirm");

        // without the confirmation nothing is granted
        String unconfirmed = follow(sec, sec.submit("/supervision/clue-rights",
                Map.of("username", "sv-right-page-sup", "reason", "负责纪检监察线索移送（测试）")));
        assertThat(unconfirmed).contains("请勾选确认后再授予");
        assertThat(holders(user)).isZero();
        // an officer cannot hold it; a reason is required
        assertThat(follow(sec, sec.submit("/supervision/clue-rights", Map.of("username", "officer1",
                "reason", "不应授予（测试）", "confirmed", "yes")))).contains("只能授予执法监督人员或单位负责人");
        assertThat(follow(sec, sec.submit("/supervision/clue-rights", Map.of("username", "sv-right-page-sup",
                "reason", " ", "confirmed", "yes")))).contains("请填写授权理由");
        assertThat(holders(user)).isZero();

        String granted = follow(sec, sec.submit("/supervision/clue-rights", Map.of("username", "sv-right-page-sup",
                "reason", "负责纪检监察线索移送（测试）", "confirmed", "yes")));
        assertThat(granted).contains("已授予 sv-right-page-sup").contains("负责纪检监察线索移送（测试）");
        assertThat(holders(user)).isEqualTo(1);
        assertThat(audited("DISCIPLINE_CLUE_RIGHT_GRANTED", user, "负责纪检监察线索移送（测试）")).isEqualTo(1);
        assertThat(TestApi.as(port, "sv-right-page-sup").get("/api/supervision/clues").status()).isEqualTo(200);

        // revocation: reason and confirmation as well
        assertThat(follow(sec, sec.submit("/supervision/clue-rights/" + user + "/revoke",
                Map.of("reason", "岗位调整（测试）")))).contains("请勾选确认后再撤销");
        assertThat(follow(sec, sec.submit("/supervision/clue-rights/" + user + "/revoke",
                Map.of("reason", "", "confirmed", "yes")))).contains("请填写撤销理由");
        assertThat(holders(user)).isEqualTo(1);
        assertThat(follow(sec, sec.submit("/supervision/clue-rights/" + user + "/revoke",
                Map.of("reason", "岗位调整（测试）", "confirmed", "yes")))).contains("已撤销纪检监察线索查阅权");
        assertThat(holders(user)).isZero();
        assertThat(audited("DISCIPLINE_CLUE_RIGHT_REVOKED", user, "岗位调整（测试）")).isEqualTo(1);
        assertThat(TestApi.as(port, "sv-right-page-sup").get("/api/supervision/clues").status()).isEqualTo(404);
    }
}
