package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** GET /api/public/decisions against the demonstration decisions (PublicityDemoData). */
@ZhifaIntegrationTest
class PublicSearchApiTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.beans.factory.ObjectProvider<org.zhifa.cases.PartyStatementInbox> inbox;

    JsonNode get(String query) {
        var r = TestApi.anonymous(port).get("/api/public/decisions?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("无需登录，按决定日期由新到旧分页，items 与 total")
    void pages_through_published_decisions_without_login() {
        JsonNode first = get("q=" + enc("演示") + "&page=0&size=2");
        int total = first.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = get("q=" + enc("演示") + "&page=1&size=2");
        Set<Long> ids = new HashSet<>();
        first.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        second.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).hasSize(2 + second.get("items").size());
        assertThat(first.get("items").get(0).get("decisionDate").asString())
                .isGreaterThanOrEqualTo(first.get("items").get(1).get("decisionDate").asString());
    }

    @Test
    @DisplayName("一个字、两个字、四个字的中文检索")
    void one_two_and_four_character_queries() {
        assertThat(get("q=" + enc("超")).get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(get("q=" + enc("超限")).get("total").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode four = get("q=" + enc("超限运输"));
        assertThat(four.get("total").asInt()).isGreaterThanOrEqualTo(2);
        four.get("items").forEach(i -> assertThat(i.toString()).contains("超限"));
        // a phrase, not a bag of characters: 运超 occurs nowhere
        assertThat(get("q=" + enc("运超")).get("total").asInt()).isZero();
    }

    @Test
    @DisplayName("按当事人（遮蔽后）检索：自然人只能以 张某某 形式查到，真实姓名查不到")
    void searches_by_masked_party_and_never_by_the_real_name() {
        JsonNode masked = get("party=" + enc("张某某"));
        assertThat(masked.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(masked.get("items").get(0).get("party").asString()).isEqualTo("张某某");
        assertThat(get("q=" + enc("张三丰")).get("total").asInt()).isZero();
        assertThat(get("party=" + enc("海西演示物流有限公司")).get("total").asInt()).isEqualTo(1);
        assertThat(get("party=" + enc("阿某某·某某某")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("按单位、类别和日期筛选")
    void filters_by_unit_category_and_date() {
        JsonNode unit = get("unitId=21");
        unit.get("items").forEach(i -> assertThat(i.get("unitName").asString()).contains("格尔木"));
        assertThat(unit.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode category = get("category=" + enc("违法超限运输"));
        category.get("items").forEach(i -> assertThat(i.get("category").asString()).isEqualTo("违法超限运输"));
        JsonNode range = get("from=2025-04-01&to=2025-04-30");
        assertThat(range.get("total").asInt()).isGreaterThanOrEqualTo(1);
        range.get("items").forEach(i -> assertThat(i.get("decisionDate").asString()).startsWith("2025-04"));
    }

    @Test
    @DisplayName("未发布的草稿不可检索；错误参数返回 400")
    void drafts_are_not_public_and_bad_input_is_refused() {
        // demo decision 9007 (李小龙) is a draft
        assertThat(get("q=9007").get("total").asInt()).isZero();
        assertThat(TestApi.anonymous(port).get("/api/public/decisions?page=-1").status()).isEqualTo(400);
        assertThat(TestApi.anonymous(port).get("/api/public/decisions?from=2025-05-01&to=2025-04-01").status())
                .isEqualTo(400);
        assertThat(TestApi.anonymous(port).get("/api/public/decisions?page=100000").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("执法人员公示：只列持有效执法证者，只有姓名、单位和证号")
    void officers_are_published_with_name_unit_and_certificate_number_only() {
        String page = TestApi.anonymous(port).get("/public/bodies?unitId=11").body();
        assertThat(page).contains("李执法", "德令哈市交通运输综合行政执法大队", "演示")
                // suspended certificate (陈示例) and no certificate (卫示例) are not published
                .doesNotContain("陈示例", "卫示例")
                // no personal data beyond name, unit and certificate number
                .doesNotContain("632890", "汉族", "执法中队长");
    }

    @Test
    @DisplayName("非现场执法自助查询：案件模块未提供时明确提示“该功能暂不可用”，不显示虚构数据")
    void party_self_service_says_so_when_the_cases_module_does_not_offer_it() {
        String page = TestApi.anonymous(port).get("/public/nonsite").body();
        // the non-site module publishes its device locations in this build: the self-service page links to them
        assertThat(page).contains("/public/nonsite/devices");
        if (inbox.getIfAvailable() == null) {
            assertThat(page).contains("该功能暂不可用").doesNotContain("nonsite-form");
        } else {
            assertThat(page).contains("nonsite-form").doesNotContain("该功能暂不可用");
        }
    }

    @Test
    @DisplayName("公示查询、详情和门户页面无需登录")
    void public_pages_render_without_login() {
        for (String path : new String[] {"/public", "/public/decisions?q=" + enc("超限"), "/public/bodies",
            "/public/info", "/public/complaints", "/public/complaints/status", "/public/nonsite",
            "/public/withdrawals"}) {
            var r = TestApi.anonymous(port).get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        }
        // the catalogue's public list exists in this build, so the portal links to it
        assertThat(TestApi.anonymous(port).get("/public/info").body()).contains("/public/catalog/matters");
        long id = get("q=9001").get("items").get(0).get("id").asLong();
        var detail = TestApi.anonymous(port).get("/public/decisions/" + id);
        assertThat(detail.body()).contains("海西演示物流有限公司（虚构）", "青H·***01").doesNotContain("青H90001");
    }
}
