package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.RawHttp;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The findings of the hostile test of bad input (issue 11), one test each: inputs that gave 500, and the English or
 * Tomcat answers that must be Chinese problem details (or the Chinese error page for pages).
 */
@ZhifaIntegrationTest
class BadInputFindingsTest {

    private static final String NUL = "a\u0000b";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    // ---- a NUL anywhere: 400 naming the field, never 500

    @Test
    void nul_in_the_token_request_is_a_400_naming_the_field() {
        var r = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", NUL, "password", "x"));
        assertProblem(r, 400);
        assertThat(r.json().get("fields").get("username").asString()).contains("空字符");
    }

    @Test
    void nul_in_a_public_complaint_is_a_400_naming_the_field() {
        var r = TestApi.anonymous(port).post("/api/public/complaints", Map.of("category", "COMPLAINT", "subject", NUL,
                "description", "描述内容足够长的一段文字", "contactPhone", "13800000000"));
        assertProblem(r, 400);
        assertThat(r.json().get("fields").get("subject").asString()).contains("空字符");
    }

    @Test
    void nul_in_officer_fields_is_a_400_naming_the_field() {
        var r = TestApi.as(port, "head1").post("/api/personnel/officers", Map.of("unitId", 11, "name", NUL,
                "gender", "MALE", "idNumber", "632890199001010010"));
        assertProblem(r, 400);
        assertThat(r.json().get("fields").get("name").asString()).contains("空字符");
    }

    @Test
    void nul_in_certificate_numbers_is_a_400_naming_the_field() {
        long officer = jdbc.sql("select id from officer order by id limit 1").query(Long.class).single();
        var r = TestApi.as(port, "head1").post("/api/personnel/officers/" + officer + "/certificates", Map.of(
                "number", NUL, "issuingAuthority", "青海省人民政府", "categories", java.util.List.of("ROAD_TRANSPORT"),
                "issuedOn", LocalDate.now(ChinaTime.ZONE).minusYears(1).toString(), "expiresOn", LocalDate.now(ChinaTime.ZONE).plusYears(3).toString()));
        assertProblem(r, 400);
        assertThat(r.json().get("fields").get("number").asString()).contains("空字符");
    }

    @Test
    void nul_in_query_parameters_is_a_400_naming_the_parameter() {
        for (String path : new String[] {"/api/cases?q=a%00b", "/api/nonsite/devices?road=%00",
            "/api/identity/users?q=a%00b", "/api/evidence?targetId=a%00b"}) {
            var r = TestApi.as(port, path.contains("identity") ? "admin" : "officer1").get(path);
            assertProblem(r, 400);
            assertThat(r.json().get("detail").asString()).as(path).contains("空字符");
        }
    }

    @Test
    void a_role_grant_with_an_empty_body_or_user_id_minus_one_is_a_4xx_in_chinese() {
        var secadmin = TestApi.as(port, "secadmin");
        long officer2 = jdbc.sql("select id from user_account where username = 'officer2'").query(Long.class).single();
        var empty = secadmin.post("/api/identity/users/" + officer2 + "/roles", "{}");
        assertProblem(empty, 400);
        assertThat(empty.json().get("fields").get("role").asString()).isEqualTo("请指定角色");
        var minusOne = secadmin.post("/api/identity/users/-1/roles", Map.of("role", "UNIT_HEAD"));
        assertProblem(minusOne, 404);
    }

    // ---- the framework's own errors, in Chinese

    @Test
    void an_unreadable_body_is_not_failed_to_read_request() {
        var r = TestApi.as(port, "officer1").post("/api/nonsite/judge", "{bad");
        assertProblem(r, 400);
        assertThat(r.json().get("detail").asString()).contains("不是有效的 JSON").doesNotContain("Failed");
        var wrongType = TestApi.as(port, "officer1").post("/api/nonsite/judge", Map.of("axles", "六"));
        assertProblem(wrongType, 400);
        assertThat(wrongType.json().get("detail").asString()).isEqualTo("字段 axles（轴数） 格式不正确，应为整数");
    }

    @Test
    void a_path_value_of_the_wrong_type_is_not_failed_to_convert() {
        var r = TestApi.as(port, "officer1").get("/api/cases/abc");
        assertProblem(r, 400);
        assertThat(r.json().get("detail").asString()).isEqualTo("请检查填写的内容：编号：格式不正确，应为整数");
    }

    @Test
    void an_invalid_date_such_as_2026_02_30_is_a_chinese_400() {
        var path = TestApi.as(port, "officer1").get("/api/calendar/days/2026-02-30");
        assertProblem(path, 400);
        assertThat(path.json().get("detail").asString()).contains("日期：格式不正确").contains("日历上存在的日期")
                .doesNotContain("date");
        var query = TestApi.as(port, "officer1").get("/api/calendar/deadline?from=2026-02-30&workingDays=3");
        assertProblem(query, 400);
        assertThat(query.json().get("detail").asString()).contains("起算日：格式不正确").doesNotContain("from");
    }

    @Test
    void a_missing_parameter_method_not_allowed_unsupported_media_type_and_unknown_path_are_chinese() {
        var officer = TestApi.as(port, "officer1");
        var missing = officer.get("/api/calendar/deadline");
        assertProblem(missing, 400);
        assertThat(missing.json().get("detail").asString()).isEqualTo("请检查填写的内容：起算日：必须填写");

        var method = officer.delete("/api/calendar/years");
        assertProblem(method, 405);
        assertThat(method.json().get("detail").asString()).contains("不支持 DELETE 请求").contains("GET");

        HttpResponse<String> media = send(HttpRequest.newBuilder(uri("/api/nonsite/judge"))
                .header("Authorization", "Bearer " + token("officer1")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(media.statusCode()).isEqualTo(415);
        assertThat(media.body()).contains("不支持的内容类型 text/plain").contains("application/json");

        var unknown = officer.get("/api/no-such-thing");
        assertProblem(unknown, 404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("请求的页面或接口不存在");
    }

    /** A multipart body with the given fields and one file of {@code size} bytes, above max-file-size 50MB. */
    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, int size) {
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + size + tail.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        return body;
    }

    @Test
    void a_multipart_upload_over_the_limit_is_a_chinese_413_stating_the_configured_limits() {
        String boundary = "----zhifa" + System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/public/complaints"))
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, Map.of(), "attachments",
                        51 * 1024 * 1024))));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // spring.servlet.multipart.max-file-size 50MB and max-request-size 60MB (application.yml)
        assertThat(r.body()).contains("上传的内容超过允许的大小：单个文件不得超过 50 MB，一次上传的内容合计不得超过 60 MB")
                .contains("\"maxFileSize\":52428800").contains("\"maxRequestSize\":62914560");
    }

    @Test
    void a_pages_upload_over_the_limit_is_the_chinese_413_page_stating_the_limits_not_a_500() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        String boundary = "----zhifa" + System.nanoTime();
        HttpResponse<String> r = officer.post("/evidence", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, Map.of("_csrf", officer.csrfToken()), "file", 51 * 1024 * 1024));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<span>413</span> <span>内容过大</span>").contains("navbar-brand")
                .contains("单个文件不得超过 50 MB，一次上传的内容合计不得超过 60 MB");
    }

    // ---- errors raised before Spring MVC

    @Test
    void percent_00_in_the_url_is_a_chinese_problem_not_tomcats_page() {
        RawHttp.Response r = RawHttp.get(port, "/api/calendar/days/%00", "application/json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json()).contains("空字符 %00").doesNotContain("Tomcat").doesNotContain("Bad Request");
        assertThat(r.headers()).doesNotContainKey("server");
    }

    @Test
    void percent_00_in_a_page_address_is_the_chinese_error_page_in_the_layout() {
        RawHttp.Response r = RawHttp.get(port, "/cases/%00", "text/html");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("海西交通运输行政执法").contains("请求有误").contains("%00")
                .contains("/webjars/bootstrap").doesNotContain("Tomcat");
    }

    @Test
    void encoded_slashes_and_bad_uris_are_chinese_problems() {
        for (String target : new String[] {"/api/a%2Fb", "/api/%zz", "/api/x|y", "/api/..;/x", "/api//x", "/api/a;b"}) {
            RawHttp.Response r = RawHttp.get(port, target, "application/json");
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.contentType()).as(target).startsWith("application/problem+json");
            assertThat(r.json()).as(target).contains("请求格式不正确");
        }
    }

    @Test
    void a_bad_value_on_a_page_shows_the_chinese_error_page_in_the_layout() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/public/decisions/abc")).header("Accept", "text/html"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("海西交通运输行政执法").contains("编号：格式不正确，应为整数");
        HttpResponse<String> date = send(HttpRequest.newBuilder(uri("/public/decisions?from=2026-02-30"))
                .header("Accept", "text/html"));
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("开始日期：格式不正确").contains("日历上存在的日期");
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/public/no-such-page")).header("Accept", "text/html"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("海西交通运输行政执法").contains("请求的页面或接口不存在");
    }

    // ----

    private static void assertProblem(TestApi.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).containsPattern("[\\u4e00-\\u9fff]");
    }

    private String token(String user) {
        return TestApi.anonymous(port).post("/api/auth/token", Map.of("username", user, "password",
                TestApi.DEMO_PASSWORD)).json().get("token").asString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
