package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * A typed request parameter that cannot be converted, or a required one or an upload that is missing, is a 400 naming
 * the parameter in Chinese and citing no law, on a page (the error page) as in the API (problem+json like the binding
 * errors; {@code fields} keyed by the request's name, as a form's fields are).
 */
@ZhifaIntegrationTest
class ParameterNamesApiTest {

    @LocalServerPort
    int port;

    @Test
    void a_page_form_with_a_date_that_does_not_exist_names_the_field_in_chinese() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        HttpResponse<String> plan = head.submit("/training/plans", Map.of("unitId", "11", "year", "2031",
                "title", "测试计划", "submittedOn", "2031-02-30"));
        assertThat(plan.statusCode()).isEqualTo(400);
        assertThat(alert(plan.body())).contains("制定日期：格式不正确").contains("日历上存在的日期").doesNotContain("submittedOn")
                .doesNotContain("依据");
        HttpResponse<String> rotation = head.submit("/training/rotations", Map.of("title", "轮训",
                "deadline", "明年", "description", "说明"));
        assertThat(rotation.statusCode()).isEqualTo(400);
        assertThat(alert(rotation.body())).contains("截止日期：格式不正确").doesNotContain("deadline");
    }

    @Test
    void a_page_query_with_a_number_that_is_not_one_names_it_in_chinese() {
        HttpResponse<String> r = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/cases?page=二");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(alert(r.body())).contains("页码：格式不正确，应为整数").doesNotContain("page");
    }

    @Test
    void an_htmx_request_gets_the_problem_alone_to_swap_in() {
        HttpResponse<String> r = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/cases?page=二",
                Map.of("HX-Request", "true"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"problem\"").contains("页码：格式不正确，应为整数").doesNotContain("<nav");
    }

    @Test
    void the_api_names_a_bad_or_missing_parameter_in_chinese_and_cites_no_law() {
        var officer = TestApi.as(port, "officer1");
        var bad = officer.get("/api/calendar/deadline?from=2026-01-05&workingDays=三");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("detail").asString()).isEqualTo("请检查填写的内容：工作日数：格式不正确，应为整数");
        assertThat(bad.json().get("fields").get("workingDays").asString()).isEqualTo("工作日数：格式不正确，应为整数");
        assertThat(bad.json().has("article")).isFalse();

        var missing = TestApi.as(port, "head1").get("/api/reporting/submissions");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).isEqualTo("请检查填写的内容：月份：必须填写");
        assertThat(missing.json().has("article")).isFalse();
    }

    @Test
    void the_api_documentation_describes_parameters_by_the_same_chinese_names() {
        var docs = TestApi.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var submissions = docs.json().get("paths").get("/api/reporting/submissions").get("get").get("parameters").get(0);
        assertThat(submissions.get("name").asString()).isEqualTo("month");
        assertThat(submissions.get("description").asString()).isEqualTo("月份");
    }

    @Test
    void a_missing_or_empty_upload_names_the_file_in_chinese() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        HttpResponse<String> absent = officer.post("/api/nonsite/devices/1/records.csv?_csrf=" + officer.csrfToken(),
                "multipart/form-data; boundary=" + BOUNDARY, multipart("note", null, "无文件"));
        assertThat(absent.statusCode()).isEqualTo(400);
        // the detail names the file in Chinese; fields is keyed by the request's name, as a form's fields are
        assertThat(absent.body()).contains("\"detail\":\"请检查填写的内容：检测记录 CSV 文件：请选择要上传的文件\"");

        // a browser posts an empty part when no file was chosen
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        HttpResponse<String> empty = head.post("/personnel/import?_csrf=" + head.csrfToken(),
                "multipart/form-data; boundary=" + BOUNDARY, multipart("file", "", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(alert(empty.body())).contains("名册文件：请选择要上传的文件").doesNotContain("file");
    }

    private static final String BOUNDARY = "----zhifa";

    private static byte[] multipart(String name, String filename, String content) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The error page's message (the menu of the layout holds English addresses such as /cases/deadlines). */
    private static String alert(String page) {
        int start = page.indexOf("role=\"alert\"");
        assertThat(start).as("the error page's message").isNotNegative();
        return page.substring(start, page.indexOf("</main>", start));
    }
}
