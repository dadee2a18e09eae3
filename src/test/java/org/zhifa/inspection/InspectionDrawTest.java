package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.draw.DrawManifest;
import org.zhifa.draw.DrawVerifier;
import org.zhifa.draw.StratumRule;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Plans and draws through the API, each rule of legal-rules §8 in a test named after it. */
@ZhifaIntegrationTest
class InspectionDrawTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    InspectionFixtures f;

    @BeforeEach
    void setUp() {
        f = new InspectionFixtures(port, jdbc);
    }

    JsonNode manifest(long drawId) {
        var r = TestApi.anonymous(port).get("/api/public/inspection/draws/" + drawId + "/manifest");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void a_plan_is_drawn_only_after_it_is_published() {
        var w = InspectionFixtures.window();
        var p = f.api("head1").post("/api/inspection/plans", Map.of("title", "未公布的计划（测试）",
                "windowStart", w[0].toString(), "windowEnd", w[1].toString(), "itemIds", List.of(f.itemId("HX-JC-01"))));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        var c = f.api("head1").post("/api/inspection/plans/" + p.json().get("id").asLong() + "/draws", Map.of());
        assertThat(c.status()).isEqualTo(422);
        assertThat(c.json().get("article").asString()).contains("国办发〔2015〕58号");
        assertThat(TestApi.anonymous(port).get("/api/public/inspection/plans").body()).doesNotContain("未公布的计划（测试）");
    }

    @Test
    void a_plan_may_only_hold_items_of_the_published_list() {
        var item = f.api("head1").post("/api/inspection/items", InspectionDirectoryTest.item("T-DRAFT-" + System.nanoTime() % 100000));
        var w = InspectionFixtures.window();
        var p = f.api("head1").post("/api/inspection/plans", Map.of("title", "草稿事项（测试）", "windowStart", w[0].toString(),
                "windowEnd", w[1].toString(), "itemIds", List.of(item.json().get("id").asLong())));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.json().get("article").asString()).contains("随机抽查事项清单");
    }

    @Test
    void the_commitment_and_the_list_hash_are_published_before_the_seed() {
        var plan = f.publishedPlan("承诺先于种子（测试）", InspectionFixtures.ALL, "NONE");
        var c = f.api("head1").post("/api/inspection/plans/" + plan.get("id").asLong() + "/draws", Map.of());
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long drawId = c.json().get("id").asLong();
        assertThat(c.json().get("seed").isNull()).isTrue();
        JsonNode m = manifest(drawId);
        assertThat(m.get("seed").isNull()).isTrue();
        assertThat(m.get("commitment").asString()).hasSize(64);
        var report = DrawVerifier.verify(DrawManifest.parse(m.toString()));
        assertThat(report.revealed()).isFalse();
        assertThat(report.consistent()).isTrue();
        // the seed is nowhere in the database in clear before the draw
        assertThat(jdbc.sql("select seed from insp_draw where id = :id").param("id", drawId).query(String.class)
                .optional()).isEmpty();
        var d = f.api("head1").post("/api/inspection/draws/" + drawId + "/draw", Map.of());
        assertThat(d.status()).isEqualTo(200);
        var again = f.api("head1").post("/api/inspection/draws/" + drawId + "/draw", Map.of());
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void the_published_draw_is_recomputed_byte_for_byte_from_the_seed_and_the_sorted_lists() {
        var plan = f.publishedPlan("可复核的抽取（测试）", InspectionFixtures.ALL, "INSPECTORS");
        JsonNode d = f.drawn(plan.get("id").asLong());
        JsonNode m = manifest(d.get("id").asLong());
        var report = DrawVerifier.verify(DrawManifest.parse(m.toString()));
        assertThat(report.consistent()).isTrue();
        assertThat(report.result().hash()).isEqualTo(d.get("resultHash").asString());
        assertThat(m.get("seed").asString()).isEqualTo(d.get("seed").asString());
    }

    @Test
    void two_inspectors_are_drawn_for_every_object_and_auxiliary_staff_never_count() {
        var plan = f.publishedPlan("两名执法人员（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        JsonNode m = manifest(d.get("id").asLong());
        Set<String> auxiliary = new HashSet<>(jdbc.sql("select 'P' || officer_id from insp_inspector where auxiliary")
                .query(String.class).list());
        for (JsonNode a : m.get("assignees")) {
            assertThat(auxiliary).doesNotContain(a.get(0).asString());
        }
        var detail = f.api("head1").get("/api/inspection/draws/" + d.get("id").asLong() + "?size=200").json();
        assertThat(detail.get("tasks").get("items").size()).isPositive();
        for (JsonNode t : detail.get("tasks").get("items")) {
            if ("ASSIGNED".equals(t.get("status").asString())) {
                assertThat(t.get("officers")).hasSize(2);
                assertThat(t.get("officers").get(0).get("id").asLong()).isNotEqualTo(t.get("officers").get(1).get("id").asLong());
            }
        }
    }

    @Test
    void eligibility_on_the_date_an_inspector_without_a_valid_certificate_on_the_first_day_of_the_window_is_not_drawn() {
        var w = InspectionFixtures.window();
        long late = f.officer("证件到期测试", w[0].minusYears(2), w[0].minusDays(1));
        long suspended = f.officerByName("陈示例");
        var plan = f.publishedPlan("持证资格（测试）", InspectionFixtures.ALL, "NONE");
        var c = f.api("head1").post("/api/inspection/plans/" + plan.get("id").asLong() + "/draws", Map.of());
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        JsonNode assignees = manifest(c.json().get("id").asLong()).get("assignees");
        Set<String> drawable = new HashSet<>();
        assignees.forEach(a -> drawable.add(a.get(0).asString()));
        assertThat(drawable).doesNotContain("P" + late, "P" + suspended).contains("P" + f.officerId("officer1"));
        Map<String, String> reasons = new HashMap<>();
        c.json().get("excluded").forEach(e -> reasons.put(e.get("key").asString(), e.get("reason").asString()));
        assertThat(reasons.get("P" + late)).contains(w[0].toString());
        assertThat(reasons.get("P" + suspended)).contains("暂扣");
    }

    @Test
    void ratios_per_credit_class_draw_the_ceiling_of_each_share_of_the_frozen_list() {
        var plan = f.publishedPlan("按信用等级比例（测试）", Map.of("A", "0.01", "B", "0.1", "C", "0.5", "D", "0.8"), "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        JsonNode m = manifest(d.get("id").asLong());
        Map<String, Integer> size = new HashMap<>();
        m.get("objects").forEach(o -> size.merge(o.get(1).asString(), 1, Integer::sum));
        Map<String, Integer> drawn = new HashMap<>();
        m.get("result").forEach(r -> drawn.merge(r.get("stratum").asString(), 1, Integer::sum));
        Map<String, String> ratios = Map.of("A", "0.01", "B", "0.1", "C", "0.5", "D", "0.8");
        for (var e : size.entrySet()) {
            int expected = new StratumRule(e.getKey(), new java.math.BigDecimal(ratios.get(e.getKey())), 0)
                    .sampleSize(e.getValue());
            assertThat(drawn.getOrDefault(e.getKey(), 0)).as(e.getKey()).isEqualTo(expected);
        }
        assertThat(drawn.get("A")).isPositive(); // ceil(1 % of the A objects) is at least one
    }

    @Test
    void recusal_an_inspector_is_never_drawn_for_an_object_with_a_declared_relation() {
        var t = f.target("officer1", 11, "FREIGHT_OPERATOR", "D");
        long target = t.get("id").asLong();
        var rel = f.api("officer2").post("/api/inspection/relations", Map.of("officerId", f.officerId("officer2"),
                "targetId", target, "relation", "曾在该企业任职（测试）",
                "declaredOn", java.time.LocalDate.now(org.zhifa.common.ChinaTime.ZONE).toString()));
        assertThat(rel.status()).as(rel.body()).isEqualTo(201);
        var plan = f.publishedPlan("声明的回避关系（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        JsonNode m = manifest(d.get("id").asLong());
        assertThat(m.get("conflicts").toString()).contains("[\"T" + target + "\",\"P" + f.officerId("officer2") + "\"]");
        m.get("result").forEach(r -> {
            if (r.get("object").asString().equals("T" + target)) {
                assertThat(r.get("assignees").toString()).doesNotContain("\"P" + f.officerId("officer2") + "\"");
            }
        });
    }

    @Test
    void recusal_a_withdrawing_inspector_is_replaced_from_the_same_seed_and_the_replacement_is_verifiable() {
        var plan = f.publishedPlan("事后回避（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        var detail = f.api("head1").get("/api/inspection/draws/" + d.get("id").asLong() + "?size=200").json();
        JsonNode task = null;
        for (JsonNode t : detail.get("tasks").get("items")) {
            if ("ASSIGNED".equals(t.get("status").asString())) {
                task = t;
                break;
            }
        }
        assertThat(task).isNotNull();
        long withdrawn = task.get("officers").get(0).get("id").asLong();
        var noReason = f.api("head1").post("/api/inspection/tasks/" + task.get("id").asLong() + "/recusal",
                Map.of("officerId", withdrawn, "reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        var r = f.api("head1").post("/api/inspection/tasks/" + task.get("id").asLong() + "/recusal",
                Map.of("officerId", withdrawn, "reason", "与该企业负责人系近亲属（测试）"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("officers").toString()).doesNotContain("\"id\":" + withdrawn + ",");
        JsonNode m = manifest(d.get("id").asLong());
        assertThat(m.get("replacements")).hasSize(1);
        assertThat(DrawVerifier.verify(DrawManifest.parse(m.toString())).consistent()).isTrue();
    }

    @Test
    void a_redraw_needs_a_recorded_reason_and_the_superseded_draw_stays_public() {
        var plan = f.publishedPlan("重新抽取（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        long drawId = d.get("id").asLong();
        var noReason = f.api("head1").post("/api/inspection/draws/" + drawId + "/redraw", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        var twice = f.api("head1").post("/api/inspection/plans/" + plan.get("id").asLong() + "/draws", Map.of());
        assertThat(twice.status()).isEqualTo(422);
        var again = f.api("head1").post("/api/inspection/draws/" + drawId + "/redraw",
                Map.of("reason", "名录库漏登两名执法人员，补登后重新抽取（测试）"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("supersedesId").asLong()).isEqualTo(drawId);
        var plans = TestApi.anonymous(port).get("/api/public/inspection/plans?page=0").body();
        assertThat(plans).contains("名录库漏登两名执法人员，补登后重新抽取（测试）");
        assertThat(jdbc.sql("select count(*) from insp_task where draw_id = :d and status <> 'CANCELLED'")
                .param("d", drawId).query(Long.class).single()).isZero();
        assertThat(TestApi.anonymous(port).get("/public/inspection/draws/" + drawId).body()).contains("作废理由");
    }

    @Test
    void plans_and_draws_stay_within_the_data_scope_and_roles() {
        var plan = f.publishedPlan("数据范围（测试）", InspectionFixtures.ALL, "NONE");
        long id = plan.get("id").asLong();
        assertThat(f.api("officer3").get("/api/inspection/plans/" + id).status()).isEqualTo(404);
        assertThat(f.api("officer1").post("/api/inspection/plans/" + id + "/draws", Map.of()).status()).isEqualTo(403);
        assertThat(f.api("supervisor1").get("/api/inspection/plans/" + id).status()).isEqualTo(200);
    }

    @Test
    void the_public_draw_page_offers_the_manifest_and_the_browser_check() {
        var plan = f.publishedPlan("公示页面（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        String page = TestApi.anonymous(port).get("/public/inspection/draws/" + d.get("id").asLong()).body();
        assertThat(page).contains(d.get("commitment").asString(), d.get("seed").asString(), "draw-verify.js",
                "verify-draw");
        assertThat(TestApi.anonymous(port).get("/public/inspection/algorithm").body()).contains("zhifa-draw-1");
    }

    @Test
    void ratios_a_plan_drawing_less_than_the_yearly_minimum_of_a_key_item_is_flagged() {
        var low = f.publishedPlan("低于年度比例（测试）", Map.of("A", "0", "B", "0", "C", "0", "D", "0"), "NONE");
        var detail = f.api("head1").get("/api/inspection/plans/" + low.get("id").asLong()).json();
        JsonNode c = detail.get("coverage").get(0);
        assertThat(c.get("item").get("keyItem").asBoolean()).isTrue();
        assertThat(c.get("minimum").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(c.get("below").asBoolean()).isTrue();
        var all = f.publishedPlan("全部抽查（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode full = f.api("head1").get("/api/inspection/plans/" + all.get("id").asLong()).json().get("coverage").get(0);
        assertThat(full.get("expected").asLong()).isEqualTo(full.get("objects").asLong());
        assertThat(full.get("below").asBoolean()).isFalse();
    }
}
