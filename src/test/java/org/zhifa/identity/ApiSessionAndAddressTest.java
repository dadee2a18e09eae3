package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Unauthenticated API calls, and the address the audit trail records (issue 11). */
@ZhifaIntegrationTest
class ApiSessionAndAddressTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_unauthenticated_api_call_creates_no_session_and_answers_401_not_a_csrf_403() throws Exception {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/identity/users"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("请先登录");
            assertThat(r.headers().allValues("Set-Cookie")).as(method).isEmpty();
        }
    }

    @Test
    void x_forwarded_for_from_an_unconfigured_peer_does_not_change_the_audited_address() throws Exception {
        String token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "officer1",
                "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/auth/logout"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", "203.0.113.66")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        String recorded = jdbc.sql("""
                select source_address from audit_record where action = 'HTTP_POST' and object_id = '/api/auth/logout'
                order by id desc limit 1""").query(String.class).single();
        assertThat(recorded).isIn("127.0.0.1", "0:0:0:0:0:0:0:1").isNotEqualTo("203.0.113.66");
        assertThat(jdbc.sql("select count(*) from audit_record where source_address = '203.0.113.66'")
                .query(Long.class).single()).isZero();
    }
}
