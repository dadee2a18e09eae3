package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The reporting pages' and API's input by binding and Bean Validation: the remedies a unit enters, the month of a
 * report, the paper-register count; bad input is a 400 naming the field in Chinese, citing no law.
 */
@ZhifaIntegrationTest
class ReportingFormsTest {

    static final String MONTH = "2026-08";

    @LocalServerPort
    int port;

    @Test
    void remedies_that_are_not_whole_numbers_or_missing_show_the_form_again_naming_each_figure() {
        var drafted = TestApi.as(port, "head1").post("/api/reporting/monthly", Map.of("unitId", 10, "month", MONTH));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        long id = drafted.json().get("id").asLong();
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rowVersion", drafted.json().get("rowVersion").asString());
        form.put("remedies.reconsiderationReceived", "两件");
        form.put("remedies.reconsiderationUpheld", "-1");
        form.put("remedies.reconsiderationChanged", "0");
        form.put("remedies.litigationReceived", "0");
        form.put("remedies.litigationUpheld", "0");
        HttpResponse<String> r = head.submit("/reporting/monthly/report/" + id + "/remedies", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"form-errors\"").contains("行政复议收案数：格式不正确，应为整数")
                .contains("value=\"两件\"").doesNotContain("依据");
        // every figure converted: Bean Validation names each one that is negative or missing
        form.put("remedies.reconsiderationReceived", "2");
        HttpResponse<String> invalid = head.submit("/reporting/monthly/report/" + id + "/remedies", form);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("行政复议维持数：不得小于 0").contains("行政诉讼败诉数：必须填写")
                .contains("value=\"-1\"");
        // nothing was saved: the draft still has no entered figures
        assertThat(TestApi.as(port, "head1").get("/api/reporting/monthly/" + id).json().get("rowVersion").asInt())
                .isEqualTo(drafted.json().get("rowVersion").asInt());

        form.put("remedies.reconsiderationUpheld", "1");
        form.put("remedies.litigationLost", "0");
        HttpResponse<String> saved = head.submit("/reporting/monthly/report/" + id + "/remedies", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(TestApi.as(port, "head1").get("/api/reporting/monthly/" + id).json().get("remedies")
                .get("remedies.reconsiderationReceived").asLong()).isEqualTo(2);
    }

    @Test
    void a_month_that_is_not_one_is_a_400_naming_the_month() {
        var head = TestApi.as(port, "head1");
        var query = head.get("/api/reporting/submissions?month=2026-13");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().get("detail").asString()).isEqualTo("请检查填写的内容：月份：格式不正确，应为月份（YYYY-MM，如 2026-12）");
        var body = head.post("/api/reporting/monthly", Map.of("unitId", 10, "month", "八月"));
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().get("detail").asString()).contains("月份");
        var missing = head.post("/api/reporting/monthly", Map.of("month", MONTH));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("fields").get("unitId").asString()).isEqualTo("单位：必须填写");
        HttpResponse<String> page = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD).get("/reporting/monthly/10/2026-8x");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("月份：格式不正确");
    }

    @Test
    void a_paper_count_that_is_not_a_number_is_named_on_the_usage_page() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        HttpResponse<String> r = head.submit("/reporting/usage/paper", Map.of("month", MONTH, "cases", "三"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(head.get("/reporting/usage?month=" + MONTH).body())
                .contains("本单位纸质登记案件数：格式不正确，应为整数");
    }
}
