package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.RawHttp;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * A password reset, a disabled account, a granted or revoked role and a change of unit end the holder's web sessions
 * at their next request (issue 11: before, the session kept the roles and the account of its login); so does changing
 * one's own password, for every session but the one that changed it. Each forced logout is audited.
 */
@ZhifaIntegrationTest
class AccountChangesEndSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private long officer(String username) {
        return TestAccounts.create(jdbc, encoder, username, 11, "OFFICER", true);
    }

    private WebSession login(String username) {
        return WebSession.login(port, username, TestApi.DEMO_PASSWORD);
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    /** The session was ended: sent to the login page with the notice, and its cookie is no login any more. */
    private void assertEnded(WebSession session, String path) {
        HttpResponse<String> next = session.get(path);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login?ended");
        HttpResponse<String> after = session.get(path);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).endsWith("/login");
    }

    private long forcedLogouts(long userId, String reason) {
        return jdbc.sql("""
                select count(*) from audit_record where action = 'SESSION_ENDED' and object_id = ? and result = 'SUCCESS'
                   and detail like ?""").params(String.valueOf(userId), "%" + reason + "%").query(Long.class).single();
    }

    @Test
    void a_revoked_role_takes_effect_on_the_holders_next_request() {
        long id = officer("stamp-revoked");
        WebSession session = login("stamp-revoked");
        assertThat(session.get("/cases").statusCode()).isEqualTo(200);

        var r = TestApi.as(port, "secadmin").delete("/api/identity/users/" + id + "/roles/OFFICER");
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        assertEnded(session, "/cases");
        assertThat(forcedLogouts(id, "被撤销角色 执法人员")).isEqualTo(1);
        // logged in again, the session has the roles as they are now
        assertThat(login("stamp-revoked").get("/cases").statusCode()).isEqualTo(403);
    }

    @Test
    void a_granted_role_takes_effect_on_the_holders_next_request() {
        long id = TestAccounts.create(jdbc, encoder, "stamp-granted", 11, null, true);
        WebSession session = login("stamp-granted");
        assertThat(session.get("/cases").statusCode()).isEqualTo(403);

        var r = TestApi.as(port, "secadmin").post("/api/identity/users/" + id + "/roles", Map.of("role", "OFFICER"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        assertEnded(session, "/");
        assertThat(forcedLogouts(id, "被授予角色 执法人员")).isEqualTo(1);
        assertThat(login("stamp-granted").get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void a_password_reset_ends_the_holders_sessions() {
        long id = officer("stamp-reset");
        WebSession office = login("stamp-reset");
        WebSession home = login("stamp-reset");

        var r = TestApi.as(port, "admin").post("/api/identity/users/" + id + "/password-reset", Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        assertEnded(office, "/cases");
        assertEnded(home, "/account/password");
        assertThat(forcedLogouts(id, "密码被系统管理员 admin 重置")).isEqualTo(2);
    }

    @Test
    void a_disabled_account_is_logged_out_at_once() {
        long id = officer("stamp-disabled");
        WebSession session = login("stamp-disabled");
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        var r = TestApi.as(port, "admin").post("/api/identity/users/" + id + "/enabled", Map.of("enabled", false));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        assertEnded(session, "/");
        assertThat(forcedLogouts(id, "账户被停用")).isEqualTo(1);
    }

    @Test
    void a_change_of_unit_ends_the_holders_sessions_and_a_change_of_name_alone_does_not() {
        long id = officer("stamp-unit");
        WebSession session = login("stamp-unit");
        WebSession admin = login("admin");

        HttpResponse<String> renamed = admin.submit("/admin/users/" + id, Map.of("version", version(id),
                "displayName", "改名（测试）", "unitId", "11"));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> moved = admin.submit("/admin/users/" + id, Map.of("version", version(id),
                "displayName", "改名（测试）", "unitId", "21"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        assertEnded(session, "/");
        assertThat(forcedLogouts(id, "所属单位变更")).isEqualTo(1);
        assertThat(login("stamp-unit").get("/").body()).contains("改名（测试）");
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_this_one_continues() {
        long id = officer("stamp-own");
        WebSession here = login("stamp-own");
        WebSession elsewhere = login("stamp-own");

        HttpResponse<String> changed = here.submit("/account/password", Map.of("current", TestApi.DEMO_PASSWORD,
                "next", "Neues#Pass2026", "confirm", "Neues#Pass2026"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(location(changed)).endsWith("/account/password?changed");
        HttpResponse<String> page = here.get("/account/password?changed");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("密码已修改").contains("其他浏览器或设备上的登录已全部结束");
        assertThat(here.get("/cases").statusCode()).isEqualTo(200);

        assertEnded(elsewhere, "/cases");
        assertThat(forcedLogouts(id, "本人在另一会话中修改了密码")).isEqualTo(1);
        assertThat(here.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void an_api_call_through_an_ended_session_is_answered_401_problem_json() {
        long id = officer("stamp-api");
        WebSession session = login("stamp-api");
        Map<String, String> json = Map.of("Accept", "application/json");
        assertThat(session.get("/api/identity/me", json).statusCode()).isEqualTo(200);

        TestApi.as(port, "admin").post("/api/identity/users/" + id + "/password-reset", Map.of());

        HttpResponse<String> r = session.get("/api/identity/me", json);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":401").contains("本次登录已结束，请重新登录");
        assertThat(session.get("/api/identity/me", json).statusCode()).isEqualTo(401);
        assertThat(forcedLogouts(id, "重置")).isEqualTo(1);
    }

    @Test
    void an_htmx_request_through_an_ended_session_sends_the_whole_page_to_the_login_page() {
        long id = officer("stamp-htmx");
        WebSession session = login("stamp-htmx");
        TestApi.as(port, "secadmin").delete("/api/identity/users/" + id + "/roles/OFFICER");

        HttpResponse<String> r = session.get("/cases", Map.of("Accept", "text/html", "HX-Request", "true"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("HX-Redirect")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?ended"));
    }

    @Test
    void the_login_page_tells_why_the_session_ended() {
        RawHttp.Response page = RawHttp.get(port, "/login?ended", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"session-ended\"").contains("您的账户安全信息已变更")
                .contains("本次登录已结束，请重新登录");
    }

    @Test
    void a_change_to_another_account_leaves_the_session_alone() {
        officer("stamp-bystander");
        long other = officer("stamp-other");
        WebSession session = login("stamp-bystander");
        TestApi.as(port, "admin").post("/api/identity/users/" + other + "/password-reset", Map.of());
        TestApi.as(port, "secadmin").delete("/api/identity/users/" + other + "/roles/OFFICER");
        assertThat(session.get("/cases").statusCode()).isEqualTo(200);
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from user_account where id = ?").param(id).query(Integer.class)
                .single());
    }
}
