package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;

/**
 * The {@code prod} profile (issue 11): the session cookie is Secure, the OpenAPI document and Swagger UI need a login,
 * an unauthenticated API call creates no session and is answered 401, and with a configured reverse proxy the audit
 * trail records the client address the proxy forwards. Its own application on an embedded database of its own.
 */
@SpringBootTest(classes = ZhifaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"zhifa.db.allow-embedded-in-prod=true", "zhifa.db.data-dir=target/test-data-prod",
            "zhifa.db.embedded-clean=true", "zhifa.security.trusted-proxies=127.0.0.1,::1"})
@ActiveProfiles({"test", "prod"})
class ProdProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prod_session_cookie_is_secure() throws Exception {
        HttpResponse<String> login = get("/login", Map.of("Accept", "text/html"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
    }

    @Test
    void prod_api_docs_and_swagger_ui_need_a_login() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            HttpResponse<String> r = get(path, Map.of("Accept", "text/html"));
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        TestAccounts.create(jdbc, encoder, "prod-reader", 11, "OFFICER", true);
        String token = token("prod-reader");
        HttpResponse<String> docs = get("/v3/api-docs", Map.of("Authorization", "Bearer " + token));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
    }

    @Test
    void prod_unauthenticated_api_call_creates_no_session_and_answers_401() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void x_forwarded_for_from_a_configured_proxy_is_the_audited_client_address() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"prod-nobody\",\"password\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select source_address from audit_record where action = 'LOGIN' and username = 'prod-nobody'")
                .query(String.class).single()).isEqualTo("203.0.113.77");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String username) {
        return TestApi.anonymous(port).post("/api/auth/token", Map.of("username", username, "password",
                TestApi.DEMO_PASSWORD)).json().get("token").asString();
    }
}
