package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Deep pages by keyset: following nextAfter walks the same rows as counting pages, once each, newest first. */
@ZhifaIntegrationTest
class CaseListKeysetApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void following_next_after_gives_every_row_once_in_list_order() {
        CaseFlow flow = new CaseFlow(port, jdbc);
        LocalDate act = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        for (int k = 0; k < 21; k++) { // one more than the list page's 20
            flow.create(flow.draft("GLF-77-1", act, 7_190_000 + k));
        }
        String q = "&q=" + URLEncoder.encode("测试当事人71900", StandardCharsets.UTF_8);
        var api = TestApi.as(port, "officer1");
        JsonNode all = api.get("/api/cases?size=50" + q).json();
        List<Long> expected = ids(all);
        assertThat(expected).hasSize(21);

        List<Long> walked = new ArrayList<>();
        JsonNode page = api.get("/api/cases?size=8" + q).json();
        walked.addAll(ids(page));
        int pages = 1;
        while (!page.get("nextAfter").isNull() && pages < 10) {
            page = api.get("/api/cases?size=8&page=" + pages + "&after=" + page.get("nextAfter").asString() + q).json();
            assertThat(page.get("page").asInt()).isEqualTo(pages);
            assertThat(page.get("total").asLong()).isEqualTo(21);
            walked.addAll(ids(page));
            pages++;
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);

        // the list page's "next" link carries the position; a page with the plain pager still renders its links
        var html = api.get("/cases?q=" + URLEncoder.encode("测试当事人71900", StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).containsPattern("page=1&amp;after=\\d{4}-\\d{2}-\\d{2}\\.\\d+\">下一页");
        var catalog = api.get("/catalog");
        assertThat(catalog.status()).isEqualTo(200);
        assertThat(catalog.body()).contains("上一页", "下一页").doesNotContain("after=");
    }

    @Test
    void a_page_and_its_count_stay_within_the_callers_units_and_an_empty_page_still_gives_the_total() {
        CaseFlow flow = new CaseFlow(port, jdbc);
        LocalDate act = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        for (int k = 0; k < 3; k++) { // 德令哈 brigade (unit 11)
            flow.create(flow.draft("GLF-77-1", act, 7_195_000 + k));
        }
        var draft = flow.draft("GLF-77-1", act, 7_195_010);
        @SuppressWarnings("unchecked")
        var facts = (Map<String, Object>) draft.get("act");
        facts.put("officerIds", List.of(flow.officerId("officer3")));
        var gelmud = TestApi.as(port, "officer3").post("/api/cases", draft); // 格尔木 brigade (unit 21)
        assertThat(gelmud.status()).as(gelmud.body()).isEqualTo(201);
        long gelmudId = gelmud.json().get("id").asLong();
        String q = "&q=" + URLEncoder.encode("测试当事人71950", StandardCharsets.UTF_8);

        JsonNode own = TestApi.as(port, "officer1").get("/api/cases?size=20" + q).json();
        assertThat(own.get("total").asLong()).isEqualTo(3);
        assertThat(ids(own)).hasSize(3).doesNotContain(gelmudId);
        // each row names its violations as the case page does
        JsonNode first = own.get("items").get(0);
        String named = flow.get(first.get("id").asLong()).get("violations").get(0).get("name").asString();
        assertThat(named).isNotBlank();
        assertThat(first.get("violations").asString()).isEqualTo(named);
        JsonNode other = TestApi.as(port, "officer3").get("/api/cases?size=20" + q).json();
        assertThat(other.get("total").asLong()).isEqualTo(1);
        assertThat(ids(other)).containsExactly(gelmudId);
        JsonNode all = TestApi.as(port, "supervisor1").get("/api/cases?size=20" + q).json();
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(ids(all)).hasSize(4).contains(gelmudId);

        // a unit outside the scope gives nothing, not even a count
        JsonNode outside = TestApi.as(port, "officer1").get("/api/cases?unitId=21" + q).json();
        assertThat(outside.get("total").asLong()).isZero();
        assertThat(ids(outside)).isEmpty();
        // past the last row: no rows, the total still comes with the page
        JsonNode beyond = TestApi.as(port, "officer1").get("/api/cases?size=2&page=5" + q).json();
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(3);
        assertThat(beyond.get("nextAfter").isNull()).isTrue();
        // filters combine with the scope: the state of the three new cases, and none of them overdue yet
        JsonNode registered = TestApi.as(port, "officer1").get("/api/cases?state=REGISTERED" + q).json();
        assertThat(registered.get("total").asLong()).isEqualTo(3);
        JsonNode overdue = TestApi.as(port, "supervisor1").get("/api/cases?overdue=true" + q).json();
        assertThat(overdue.get("total").asLong()).isZero();
    }

    @Test
    void a_malformed_position_is_refused_naming_the_field() {
        var r = TestApi.as(port, "officer1").get("/api/cases?after=yesterday");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("after");
    }
}
