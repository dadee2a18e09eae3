package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The supervision forms bind typed values: a malformed one is named in Chinese on the page it came from (campaigns,
 * mediations, appraisal), and the API's body binding is a 400 problem naming the field in Chinese.
 */
@ZhifaIntegrationTest
class SupervisionFormsTest {

    @LocalServerPort
    int port;

    @Test
    void a_campaign_with_a_malformed_year_and_date_names_both_fields_and_starts_nothing() {
        WebSession supervisor = WebSession.login(port, "supervisor1", TestApi.DEMO_PASSWORD);
        var r = supervisor.submit("/supervision/campaigns", Map.of("title", "格式错误的评查（测试）", "year", "二〇二六",
                "periodFrom", "2026-02-30", "periodTo", "2026-03-31", "evaluators", "甲"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/supervision/campaigns");
        assertThat(supervisor.get("/supervision/campaigns").body())
                .contains("评查年度：格式不正确，应为整数", "起始日：格式不正确，应为日期");
        assertThat(supervisor.get("/supervision/campaigns?q=" + java.net.URLEncoder.encode("格式错误的评查",
                java.nio.charset.StandardCharsets.UTF_8)).body()).doesNotContain("格式错误的评查（测试）</a>");
    }

    @Test
    void a_mediation_applied_on_a_day_that_does_not_exist_names_the_field() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var r = officer.submit("/supervision/mediations", Map.of("applicant", "申请人（测试）", "respondent", "被申请人（测试）",
                "dispute", "赔偿争议（测试）", "appliedOn", "2026-13-01"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(officer.get("/supervision/mediations").body()).contains("申请日期：格式不正确，应为日期");
    }

    @Test
    void an_adjustment_through_the_api_without_a_year_is_a_400_naming_the_field_in_chinese() {
        var r = TestApi.as(port, "supervisor1").post("/api/supervision/appraisal/adjustments",
                Map.of("unitId", 11, "points", "1", "reason", "测试"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("year").asString()).isEqualTo("年度：必须填写");
        var malformed = TestApi.as(port, "supervisor1").post("/api/supervision/appraisal/adjustments",
                Map.of("year", 2026, "unitId", 11, "points", "一分", "reason", "测试"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).startsWith("字段 points（调整分值）");
        assertThat(malformed.json().get("fields").has("points")).isTrue();
    }

    @Test
    void an_appraisal_adjustment_on_the_page_with_malformed_points_names_the_field() {
        WebSession supervisor = WebSession.login(port, "supervisor1", TestApi.DEMO_PASSWORD);
        var r = supervisor.submit("/supervision/appraisal/adjustments", Map.of("year", "2026", "unitId", "11",
                "points", "一分", "reason", "测试"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(supervisor.get("/supervision/appraisal?year=2026").body())
                .contains("调整分值：格式不正确，应为数字");
    }
}
