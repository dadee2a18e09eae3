package org.zhifa.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Issue 11: when the database dies under the running application, requests are answered 503 problem+json with a
 * Chinese detail (not 500 after a long hang), pages the Chinese error page in the layout, and once the database is back the application reconnects without a
 * restart. The test profile switches the watchdog off so that the outage lasts until the test restarts the server.
 */
@ZhifaIntegrationTest
class DatabaseOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    ZhifaDatabaseProperties properties;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path, String token, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnavailable(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(r.headers().firstValue("Retry-After")).contains("5");
        assertThat(r.body()).contains("\"status\":503").contains("数据库暂时不可用").contains("请稍后重试");
    }

    @Test
    void requests_get_503_in_chinese_while_the_database_is_down_and_succeed_again_once_it_is_back() throws Exception {
        String token = TestApi.anonymous(port).post("/api/auth/token",
                java.util.Map.of("username", "officer1", "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        assertThat(get("/api/identity/me", token, "application/json").statusCode()).isEqualTo(200);
        assertThat(properties.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
        WebSession page = WebSession.login(port, "officer2", TestApi.DEMO_PASSWORD);

        // the test profile commits without waiting for the disk (synchronous_commit off): flush what is committed,
        // the token above included, so that the crash below loses nothing (the real default loses nothing anyway)
        JdbcClient.create(database.superuser()).sql("checkpoint").update();
        long pid = database.postmasterPid().orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.destroyForcibly(); // kill -9 of the database server
        postmaster.onExit().get();
        try {
            // the bearer token is looked up in a security filter, before any controller
            assertUnavailable(get("/api/identity/me", token, "application/json"));
            // a public endpoint: the failure arises inside the controller
            assertUnavailable(get("/api/public/evidence/log/head", null, "application/json"));
            // a device posting records
            HttpResponse<String> ingest = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/public/nonsite/records")).header("Content-Type", "application/json")
                    .header("X-Device-Key", "unknown-key").POST(HttpRequest.BodyPublishers.ofString("[]")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertUnavailable(ingest);
            // a page of a logged-in session: the session's account is checked in a security filter, and the answer
            // is the error page in the application's layout, made without the database (no menu, no user)
            HttpResponse<String> home = page.get("/cases");
            assertThat(home.statusCode()).as(home.body()).isEqualTo(503);
            assertThat(home.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            assertThat(home.headers().firstValue("Retry-After")).contains("5");
            assertThat(home.body()).contains("<html lang=\"zh-CN\"").contains("bootstrap.min.css").contains("zhifa.css")
                    .contains("navbar-brand").contains("htmx.min.js").contains("海西交通运输行政执法").contains("<span>503</span> <span>数据库暂时不可用</span>")
                    .contains("请稍后重试").contains("返回首页").contains("交通运输行政执法综合管理信息系统")
                    .doesNotContain("current-user").doesNotContain("dropdown-item").doesNotContain("&lt;title&gt;");
        } finally {
            assertThat(database.restartIfStopped()).isTrue();
        }
        // the pool replaces its broken connections by itself (it retries with a back-off of up to 5 s, so the first
        // requests after the restart may still be answered 503): no restart of the application
        HttpResponse<String> back = get("/api/identity/me", token, "application/json");
        for (int i = 0; i < 20 && back.statusCode() == 503; i++) {
            back = get("/api/identity/me", token, "application/json");
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(get("/api/public/evidence/log/head", null, "application/json").statusCode()).isEqualTo(200);
    }
}
