package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.cases.PenaltyDecisionRevoked;
import org.zhifa.common.ChinaTime;
import org.zhifa.publicity.internal.PublicationService;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** From the decision event to publication, release by the unit head, withdrawal (Art. 48) and take-down. */
@ZhifaIntegrationTest
class PublicationFlowTest {

    static final AtomicLong CASE_IDS = new AtomicLong(700_000);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicationService service;

    /** Publishes a decision event the way the cases module does: inside its transaction. */
    static long decide(ApplicationEventPublisher events, TransactionTemplate tx, JdbcClient jdbc, String number,
            String party, String facts) {
        long caseId = CASE_IDS.incrementAndGet();
        tx.executeWithoutResult(s -> events.publishEvent(new PenaltyDecisionMade(caseId, number, 11,
                "德令哈市交通运输综合行政执法大队", LocalDate.of(2025, 9, 26), PartyKind.CITIZEN, party,
                "63280119900101101X", "青海省海西蒙古族藏族自治州德令哈市长江路12号", "青H12345", "违法超限运输",
                DecisionOutcome.PENALTY, "罚款人民币 3000 元", facts, true)));
        return jdbc.sql("select id from publication where case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    @DisplayName("处罚决定事件生成公示草稿：当事人已遮蔽，期限 7 个工作日")
    void a_decision_event_creates_a_masked_draft_with_its_deadline() {
        long id = decide(events, tx, jdbc, "德交执罚〔2025〕7001号", "王大锤",
                "当事人王大锤（身份证63280119900101101X，电话13812341234）驾驶青H12345超限运输。");
        var row = jdbc.sql("select p.state, p.publish_due, v.party, v.facts from publication p "
                + "join publication_version v on v.id = p.draft_version_id where p.id = ?").param(id)
                .query((rs, n) -> Map.of("state", rs.getString(1), "due", rs.getObject(2, LocalDate.class),
                        "party", rs.getString(3), "facts", rs.getString(4))).single();
        assertThat(row.get("state")).isEqualTo("DRAFT");
        assertThat(row.get("due")).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(row.get("party")).isEqualTo("王某某");
        assertThat((String) row.get("facts")).contains("王某某", "6****************X", "138****1234", "青H·***45")
                .doesNotContain("王大锤", "13812341234", "19900101");
    }

    @Test
    @DisplayName("只有负责人可以发布；发布后公众检索可见；撤回须说明理由，撤回后不可检索")
    void the_unit_head_releases_and_withdraws_with_an_explanation_per_article_48() {
        long id = decide(events, tx, jdbc, "德交执罚〔2025〕7002号", "赵铁柱", "当事人赵铁柱驾驶车辆超限运输，演示流程七零零二。");
        TestApi head = TestApi.as(port, "head1");

        JsonNode board = head.get("/api/publicity/publications?open=true&q=7002").json();
        assertThat(board.get("total").asInt()).isEqualTo(1);
        int version = board.get("items").get(0).get("version").asInt();
        assertThat(board.get("items").get(0).get("publicationOverdue").asBoolean()).isTrue();

        // officer1 is of the deciding unit but may not release; officer3 (格尔木) does not even see the record
        assertThat(TestApi.as(port, "officer1").post("/api/publicity/publications/" + id + "/release",
                Map.of("version", version)).status()).isEqualTo(403);
        assertThat(TestApi.as(port, "officer3").get("/api/publicity/publications/" + id + "/history").status())
                .isEqualTo(404);

        var released = head.post("/api/publicity/publications/" + id + "/release", Map.of("version", version));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("state").asString()).isEqualTo("PUBLISHED");

        JsonNode found = TestApi.anonymous(port).get("/api/public/decisions?q=七零零二").json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("party").asString()).isEqualTo("赵某某");

        // the decision is revoked by reconsideration: the 3-working-day clock starts
        tx.executeWithoutResult(s -> events.publishEvent(new PenaltyDecisionRevoked(
                jdbc.sql("select case_id from publication where id = ?").param(id).query(Long.class).single(),
                "德交执罚〔2025〕7002号", LocalDate.of(2025, 9, 30), false, "经行政复议决定撤销")));
        JsonNode pending = head.get("/api/publicity/publications?open=true&q=7002").json().get("items").get(0);
        assertThat(pending.get("withdrawalPending").asBoolean()).isTrue();
        assertThat(pending.get("withdrawDue").asString()).isEqualTo("2025-10-11");
        int v2 = pending.get("version").asInt();

        var refused = head.post("/api/publicity/publications/" + id + "/withdraw",
                Map.of("version", v2, "explanation", " "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("article").asString()).contains("第四十八条");

        var withdrawn = head.post("/api/publicity/publications/" + id + "/withdraw",
                Map.of("version", v2, "explanation", "该决定经行政复议被撤销"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(TestApi.anonymous(port).get("/api/public/decisions?q=七零零二").json().get("total").asInt())
                .isZero();
        JsonNode detail = TestApi.anonymous(port).get("/api/public/decisions/" + id).json();
        assertThat(detail.get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(detail.get("withdrawalExplanation").asString()).isEqualTo("该决定经行政复议被撤销");
        assertThat(detail.get("text").get("facts").asString()).isEmpty();

        JsonNode history = head.get("/api/publicity/publications/" + id + "/history").json();
        assertThat(history).extracting(h -> h.get("action").asString())
                .containsExactly("DRAFTED", "PUBLISHED", "REVOKED", "WITHDRAWN");
    }

    @Test
    @DisplayName("公示文本的修改由数据绑定和校验检查：缺少或过长的内容以 400 或页面提示指明字段，不引用法条")
    void an_edited_text_that_is_missing_or_too_long_is_refused_naming_the_field() {
        long id = decide(events, tx, jdbc, "德交执罚〔2025〕7009号", "孙小美", "当事人驾驶车辆超限运输，演示流程七零零九。");
        TestApi head = TestApi.as(port, "head1");
        int v = head.get("/api/publicity/publications?q=7009").json().get("items").get(0).get("version").asInt();
        var tooLong = head.post("/api/publicity/publications/" + id + "/draft", Map.of("version", v,
                "party", "某".repeat(201), "conclusion", "罚款", "facts", "事实"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("fields").get("party").asString()).startsWith("当事人：");
        assertThat(tooLong.json().has("article")).isFalse();

        WebSession page = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var blank = page.submit("/publicity/publications/" + id + "/draft", Map.of("version", String.valueOf(v),
                "party", " ", "conclusion", "罚款", "facts", "事实"));
        assertThat(blank.statusCode()).isEqualTo(302);
        assertThat(page.get("/publicity/publications/" + id).body()).contains("当事人：必须填写");
        assertThat(head.get("/api/publicity/publications/" + id + "/history").json().toString()).doesNotContain("罚款\"");

        var badState = head.get("/api/publicity/publications?state=GONE");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().get("detail").asString()).startsWith("请检查填写的内容：状态：格式不正确");
    }

    @Test
    @DisplayName("变更后的决定作为更新发布，此前公开文本保留在历史中")
    void a_changed_decision_is_released_as_an_update_keeping_the_previous_text() {
        long id = decide(events, tx, jdbc, "德交执罚〔2025〕7003号", "钱多多", "原决定事实，演示流程七零零三。");
        TestApi head = TestApi.as(port, "head1");
        int v = head.get("/api/publicity/publications?q=7003").json().get("items").get(0).get("version").asInt();
        assertThat(head.post("/api/publicity/publications/" + id + "/release", Map.of("version", v)).status())
                .isEqualTo(200);
        long caseId = jdbc.sql("select case_id from publication where id = ?").param(id).query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new PenaltyDecisionMade(caseId, "德交执罚〔2025〕7003号", 11,
                "德令哈市交通运输综合行政执法大队", LocalDate.of(2025, 10, 9), PartyKind.CITIZEN, "钱多多", null, null,
                null, "违法超限运输", DecisionOutcome.PENALTY, "罚款人民币 1500 元", "变更后的事实，演示流程七零零三。", true)));
        int v2 = head.get("/api/publicity/publications?q=7003").json().get("items").get(0).get("version").asInt();
        assertThat(head.post("/api/publicity/publications/" + id + "/release", Map.of("version", v2)).status())
                .isEqualTo(200);
        JsonNode detail = TestApi.anonymous(port).get("/api/public/decisions/" + id).json();
        assertThat(detail.get("state").asString()).isEqualTo("UPDATED");
        assertThat(detail.get("text").get("conclusion").asString()).isEqualTo("罚款人民币 1500 元");
        assertThat(head.get("/api/publicity/publications/" + id + "/history").json())
                .extracting(h -> h.get("action").asString() + ":" + h.get("text").get("conclusion").asString())
                .containsExactly("DRAFTED:罚款人民币 3000 元", "PUBLISHED:罚款人民币 3000 元",
                        "EDITED:罚款人民币 1500 元", "UPDATED:罚款人民币 1500 元");
    }

    @Test
    @DisplayName("保留期满自动下架，公众不可再见")
    void publications_are_taken_down_after_retention() {
        long id = decide(events, tx, jdbc, "德交执罚〔2025〕7004号", "孙悟空", "演示流程七零零四。");
        TestApi head = TestApi.as(port, "head1");
        int v = head.get("/api/publicity/publications?q=7004").json().get("items").get(0).get("version").asInt();
        head.post("/api/publicity/publications/" + id + "/release", Map.of("version", v));
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        jdbc.sql("update publication set retention_until = ? where id = ?").param(today.minusDays(1)).param(id).update();

        assertThat(service.takeDownExpired(today)).isEqualTo(1);
        assertThat(jdbc.sql("select state from publication where id = ?").param(id).query(String.class).single())
                .isEqualTo("TAKEN_DOWN");
        assertThat(TestApi.anonymous(port).get("/api/public/decisions/" + id).status()).isEqualTo(404);
        assertThat(TestApi.anonymous(port).get("/api/public/decisions?q=七零零四").json().get("total").asInt())
                .isZero();
    }
}
