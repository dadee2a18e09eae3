package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The catalogue API over HTTP with bearer tokens, against the seeded catalogue. */
@ZhifaIntegrationTest
class CatalogApiTest {

    @LocalServerPort
    int port;

    @Test
    void an_officer_gets_the_computed_over_limit_fine_for_6000_kg_per_article_43() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/catalog/discretion/recommend", Map.of(
                "violationCode", "CX-43-M", "actDate", "2025-03-01", "decisionDate", "2025-04-01",
                "partyType", "ORGANISATION", "facts", Map.of("excess_kg", 6000)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("suggestedFen").asLong()).isEqualTo(300_000);
        assertThat(j.get("trail").size()).isGreaterThan(3);
        assertThat(r.body()).contains("第四十三条");
    }

    @Test
    void the_recommendation_applies_the_older_version_when_the_new_one_is_heavier_per_article_37() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/catalog/discretion/recommend", Map.of(
                "violationCode", "GLAQ-69", "actDate", "2025-06-01", "decisionDate", "2025-08-01",
                "partyType", "CITIZEN", "facts", Map.of("damage_area_m2", 12, "traffic_affected", false),
                "factors", List.of("ELIMINATED_HARM")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.get("bothVersionsEvaluated").asBoolean()).isTrue();
        assertThat(j.get("benchmarkVersion").get("versionNo").asInt()).isEqualTo(1);
        assertThat(j.get("tier").asString()).isEqualTo("一般");
        assertThat(r.body()).contains("从旧兼从轻", "《行政处罚法》第三十七条");
    }

    @Test
    void missing_facts_are_answered_with_400_and_chinese_field_messages() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/catalog/discretion/recommend", Map.of(
                "violationCode", "GLAQ-69", "actDate", "2025-06-01", "partyType", "CITIZEN"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("路面损坏或污染面积");
    }

    @Test
    void a_party_type_the_article_does_not_cover_is_refused_with_422_and_the_article() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/catalog/discretion/recommend", Map.of(
                "violationCode", "GLF-77-2", "actDate", "2025-06-01", "partyType", "CITIZEN"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("article").asString()).isEqualTo("《中华人民共和国公路法》第七十七条");
    }

    @Test
    void an_unknown_violation_is_404() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/catalog/discretion/recommend", Map.of(
                "violationCode", "NOPE", "actDate", "2025-06-01", "partyType", "CITIZEN"));
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void search_by_chinese_keyword_code_or_article() {
        TestApi api = TestApi.as(port, "officer2");
        assertThat(api.get("/api/catalog/violations?q=%E8%B6%85%E9%99%90").body()).contains("CX-43-M", "CX-43-D");
        assertThat(api.get("/api/catalog/violations?q=GLAQ-69").json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/catalog/violations?q=" + java.net.URLEncoder.encode("第七十六条",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode detail = api.get("/api/catalog/violations/GLAQ-69").json();
        assertThat(detail.get("benchmarkVersions").size()).isEqualTo(2);
        assertThat(detail.get("exemptionItems").size()).isEqualTo(1);
        assertThat(api.get("/api/catalog/matters").json().size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void the_exemption_check_lets_a_first_offence_meeting_every_condition_be_waived() {
        TestApi.Response r = TestApi.as(port, "officer1").post("/api/catalog/exemption/check", Map.of(
                "violationCode", "GLAQ-69", "actDate", "2025-05-10", "priorViolationDates", List.of("2023-01-01"),
                "answers", Map.of("NO_OBSTRUCTION", true, "LOAD_SECURED", true, "MINOR_DAMAGE", true,
                        "REPAIRED_IN_TIME", true, "COMMITMENT_SIGNED", true)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("outcome").asString()).isEqualTo("MAY_WAIVE");
        TestApi.Response repeat = TestApi.as(port, "officer1").post("/api/catalog/exemption/check", Map.of(
                "violationCode", "GLAQ-69", "actDate", "2025-05-10", "priorViolationDates", List.of("2025-01-01"),
                "answers", Map.of("NO_OBSTRUCTION", true)));
        assertThat(repeat.json().get("outcome").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(repeat.body()).contains("首次实施违法行为");
    }

    @Test
    void the_api_needs_a_login_but_the_published_catalogue_does_not() {
        assertThat(TestApi.anonymous(port).get("/api/catalog/violations").status()).isEqualTo(401);
        TestApi.Response page = TestApi.anonymous(port).get("/public/catalog/matters");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("海西州交通运输执法事项清单", "违法超限运输");
        assertThat(TestApi.anonymous(port).get("/public/catalog/violations/GLAQ-69").body()).contains("第2版");
    }

    @Test
    void the_openapi_document_describes_the_recommend_endpoint() {
        String doc = TestApi.anonymous(port).get("/v3/api-docs").body();
        assertThat(doc).contains("/api/catalog/discretion/recommend", "RecommendationRequest", "suggestedFen");
    }
}
