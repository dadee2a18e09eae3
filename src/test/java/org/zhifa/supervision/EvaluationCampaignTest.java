package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.draw.DrawManifest;
import org.zhifa.draw.DrawVerifier;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Case-file evaluation campaigns (方案 5) over closed files of 2019 written for this class: stratified draw with
 * "at least 10 or all where fewer", evaluators never given files of their own unit or files they handled, the
 * published manifest recomputed, the pre-check, scoring rules and the rectification task.
 */
@ZhifaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationCampaignTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SupervisionFigures figures;
    @Autowired
    Clock clock;

    ClosedCaseFixture cases;
    long officer1;
    long officer3;
    long evaluator31;
    JsonNode campaign;

    @BeforeAll
    void population() {
        cases = new ClosedCaseFixture(jdbc);
        officer1 = userId("officer1");
        officer3 = userId("officer3");
        evaluator31 = TestAccounts.create(jdbc, encoder, "sv-eval-31", 31, "OFFICER", true);
        LocalDate closed = LocalDate.of(2019, 6, 28);
        cases.add(12, 11, "ORDINARY", "INSPECTION", "PENALTY", closed, officer1);
        // registered by the second evaluator: files they handled
        cases.add(3, 11, "SIMPLIFIED", "INSPECTION", "PENALTY", closed, evaluator31);
        // of officer3's unit
        cases.add(2, 21, "ORDINARY", "INSPECTION", "NO_PENALTY_MINOR", closed, userId("officer3"));
        // of the second evaluator's unit
        cases.add(1, 31, "ORDINARY", "INSPECTION", "TRANSFER_TO_JUDICIAL", closed, officer1);
        TestApi supervisor = TestApi.as(port, "supervisor1");
        var started = supervisor.post("/api/supervision/campaigns", Map.of("title", "2019年度案卷评查（测试）",
                "year", 2019, "periodFrom", "2019-01-01", "periodTo", "2019-12-31",
                "evaluators", List.of("officer3", "sv-eval-31")));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        campaign = started.json();
    }

    @AfterAll
    void cleanUp() {
        cases.removeAll();
    }

    private long userId(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private JsonNode drawn() {
        long id = campaign.get("id").asLong();
        JsonNode c = TestApi.as(port, "supervisor1").get("/api/supervision/campaigns?q=" + campaign.get("number")
                .asString()).json().get("items").get(0);
        if (c.get("state").asString().equals("COMMITTED")) {
            var r = TestApi.as(port, "supervisor1").post("/api/supervision/campaigns/" + id + "/draw", Map.of());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            return r.json();
        }
        return c;
    }

    private List<JsonNode> files() {
        JsonNode page = TestApi.as(port, "supervisor1")
                .get("/api/supervision/campaigns/" + campaign.get("id").asLong() + "/files?size=100").json();
        List<JsonNode> list = new ArrayList<>();
        page.get("items").forEach(list::add);
        return list;
    }

    @Test
    void seedStaysSecretUntilTheDrawAndOnlyItsCommitmentIsPublished() {
        String manifest = TestApi.anonymous(port).get("/api/public/supervision/campaigns/"
                + campaign.get("number").asString() + "/manifest.json").body();
        if (campaign.get("state").asString().equals("COMMITTED") && !manifest.contains("\"result\"")) {
            assertThat(campaign.get("seed").isNull()).isTrue();
            assertThat(DrawManifest.parse(manifest).seed()).isNull();
            assertThat(DrawManifest.parse(manifest).commitment()).isEqualTo(campaign.get("commitment").asString());
        }
        JsonNode after = drawn();
        assertThat(after.get("seed").asString()).hasSize(64);
    }

    @Test
    void atLeastTenFilesPerCategoryOrAllWhereFewer() {
        drawn();
        Map<String, Integer> perCategory = new HashMap<>();
        files().forEach(f -> perCategory.merge(f.get("category").asString(), 1, Integer::sum));
        assertThat(perCategory).containsEntry("ORDINARY", 10).containsEntry("SIMPLIFIED", 3)
                .containsEntry("NO_PENALTY", 2).containsEntry("TRANSFER", 1).doesNotContainKey("NON_SITE");
    }

    @Test
    void evaluatorNeverGetsFilesOfOwnUnitOrFilesTheyHandled() {
        drawn();
        for (JsonNode f : files()) {
            long unit = f.get("unitId").asLong();
            long evaluator = f.get("evaluatorUserId").asLong();
            assertThat(f.get("state").asString()).isIn("ASSIGNED", "SCORED");
            if (unit == 21) {
                assertThat(evaluator).as("officer3 is of unit 21").isEqualTo(evaluator31);
            }
            if (unit == 31 || f.get("category").asString().equals("SIMPLIFIED")) {
                assertThat(evaluator).as("unit 31 / registered by sv-eval-31").isEqualTo(officer3);
            }
        }
    }

    @Test
    void campaignSampleIsRecomputedFromThePublishedManifest() {
        JsonNode c = drawn();
        String manifest = TestApi.anonymous(port).get("/api/public/supervision/campaigns/"
                + c.get("number").asString() + "/manifest.json").body();
        DrawVerifier.Report report = DrawVerifier.verify(DrawManifest.parse(manifest));
        assertThat(report.revealed()).isTrue();
        assertThat(report.consistent()).as(report.checks().toString()).isTrue();
        assertThat(report.result().hash()).isEqualTo(c.get("resultHash").asString());
        assertThat(report.result().selections()).hasSize(files().size());
        assertThat(manifest).doesNotContain("评查测试当事人");
    }

    private JsonNode fileOf(long evaluator, String category) {
        drawn();
        return files().stream().filter(f -> f.get("evaluatorUserId").asLong() == evaluator
                && f.get("category").asString().equals(category) && f.get("state").asString().equals("ASSIGNED"))
                .findFirst().orElseThrow();
    }

    @Test
    void precheckDecidesItemsFromTheRecordAndShowsItsEvidence() {
        JsonNode f = fileOf(officer3, "ORDINARY");
        JsonNode sheet = TestApi.as(port, "officer3").get("/api/supervision/files/" + f.get("id").asLong()).json();
        Map<String, JsonNode> items = new HashMap<>();
        sheet.get("items").forEach(i -> items.put(i.get("item").get("code").asString(), i));
        // the fixture's files have no evidence linked and no documents issued
        assertThat(items.get("C2").get("precheck").get("result").asString()).isEqualTo("FAIL");
        assertThat(items.get("C2").get("precheck").get("evidence").asString()).contains("没有关联任何电子证据");
        assertThat(items.get("F1").get("precheck").get("result").asString()).isEqualTo("FAIL");
        assertThat(items.get("F1").get("precheck").get("evidence").asString()).contains("缺少");
        assertThat(items.get("V1").get("precheck").get("evidence").asString()).contains("2019-05-19");
        assertThat(items.get("C1").get("precheck").isNull()).isTrue();
        assertThat(sheet.get("sheet").get("demonstration").asBoolean()).isTrue();
    }

    private List<Map<String, Object>> confirmAll(JsonNode sheet) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode i : sheet.get("items")) {
            JsonNode pre = i.get("precheck");
            String code = i.get("item").get("code").asString();
            String finding = pre.isNull() ? "PASS" : pre.get("result").asString();
            Map<String, Object> m = new HashMap<>(Map.of("code", code, "finding", finding));
            if (finding.equals("FAIL")) {
                m.put("reason", "预检发现：" + pre.get("evidence").asString().substring(0, 8));
                if (!i.get("item").get("group").asString().equals("VETO")) {
                    m.put("deduction", 1);
                }
            }
            items.add(m);
        }
        return items;
    }

    @Test
    void overridingThePrecheckNeedsAReason() {
        JsonNode f = fileOf(officer3, "ORDINARY");
        TestApi evaluator = TestApi.as(port, "officer3");
        JsonNode sheet = evaluator.get("/api/supervision/files/" + f.get("id").asLong()).json();
        List<Map<String, Object>> items = confirmAll(sheet);
        items.stream().filter(m -> m.get("code").equals("C2")).forEach(m -> {
            m.put("finding", "PASS");
            m.remove("reason");
            m.remove("deduction");
        });
        var r = evaluator.post("/api/supervision/files/" + f.get("id").asLong() + "/score",
                Map.of("version", f.get("version").asInt(), "items", items));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("items.C2").asString()).contains("预检结论").contains("理由");
    }

    @Test
    void deductionNeedsAReasonAndStaysWithinTheItemsPoints() {
        JsonNode f = fileOf(officer3, "ORDINARY");
        TestApi evaluator = TestApi.as(port, "officer3");
        JsonNode sheet = evaluator.get("/api/supervision/files/" + f.get("id").asLong()).json();
        List<Map<String, Object>> items = confirmAll(sheet);
        items.stream().filter(m -> m.get("code").equals("C1")).forEach(m -> {
            m.put("finding", "FAIL");
            m.put("deduction", 21);
            m.put("reason", "事实认定不清");
        });
        var r = evaluator.post("/api/supervision/files/" + f.get("id").asLong() + "/score",
                Map.of("version", f.get("version").asInt(), "items", items));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("items.C1").asString()).contains("不超过 20");
    }

    @Test
    void onlyTheAssignedEvaluatorScores() {
        JsonNode f = fileOf(officer3, "ORDINARY");
        var other = TestApi.as(port, "sv-eval-31").post("/api/supervision/files/" + f.get("id").asLong() + "/score",
                Map.of("version", f.get("version").asInt(), "items", List.of()));
        assertThat(other.status()).isIn(403, 404);
        assertThat(TestApi.as(port, "officer1").get("/api/supervision/files/" + f.get("id").asLong()).status())
                .isEqualTo(404);
    }

    @Test
    void failedVetoItemZeroesTheFileAndRectificationReachesTheHandlingUnitsHead() {
        JsonNode f = fileOf(officer3, "SIMPLIFIED");
        long id = f.get("id").asLong();
        TestApi evaluator = TestApi.as(port, "officer3");
        JsonNode sheet = evaluator.get("/api/supervision/files/" + id).json();
        List<Map<String, Object>> items = confirmAll(sheet);
        items.stream().filter(m -> m.get("code").equals("V3")).forEach(m -> {
            m.put("finding", "FAIL");
            m.put("reason", "决定超出本机关职权范围（测试）");
        });
        var scored = evaluator.post("/api/supervision/files/" + id + "/score",
                Map.of("version", f.get("version").asInt(), "items", items));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().get("vetoed").asBoolean()).isTrue();
        assertThat(scored.json().get("score").decimalValue()).isZero();
        assertThat(scored.json().get("precheckedItems").asInt()).isEqualTo(9);

        TestApi supervisor = TestApi.as(port, "supervisor1");
        var issued = supervisor.post("/api/supervision/files/" + id + "/rectifications",
                Map.of("issues", "超越职权作出决定，请整改并报告（测试）"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        long task = issued.json().get("id").asLong();
        assertThat(issued.json().get("unitId").asLong()).isEqualTo(11);
        assertThat(issued.json().get("dueOn").isNull() != issued.json().get("dueNote").isNull()).isTrue();

        // head of 德令哈市交通运输局 (unit 10, parent of 11) sees and replies; the head of another unit does not see it
        TestApi head1 = TestApi.as(port, "head1");
        assertThat(head1.get("/api/supervision/rectifications").body()).contains(issued.json().get("number").asString());
        TestAccounts.create(jdbc, encoder, "sv-head-21", 21, "UNIT_HEAD", true);
        assertThat(TestApi.as(port, "sv-head-21").get("/api/supervision/rectifications/" + task).status())
                .isEqualTo(404);
        var empty = head1.post("/api/supervision/rectifications/" + task + "/reply", Map.of("version", 0));
        assertThat(empty.status()).isEqualTo(400);
        var replied = head1.post("/api/supervision/rectifications/" + task + "/reply",
                Map.of("version", 0, "reply", "已组织整改，相关人员已培训（测试）"));
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.json().get("state").asString()).isEqualTo("REPLIED");
        // the unit head now sees the scored file's result
        assertThat(head1.get("/api/supervision/files/" + id).status()).isEqualTo(200);
    }

    @Test
    void aScoredFileCountsInTheMonthlyStatisticsOfItsHandlingUnitAndTheCampaignProvesTheLedgerTask() {
        drawn();
        JsonNode f = files().stream().filter(x -> x.get("category").asString().equals("ORDINARY")
                && x.get("state").asString().equals("ASSIGNED")).findFirst().orElseThrow();
        long unit = f.get("unitId").asLong();
        YearMonth month = YearMonth.now(clock);
        long before = figures.monthly(month, List.of(unit)).evaluated();
        long elsewhere = figures.monthly(month, List.of(99_999L)).evaluated();
        String evaluator = f.get("evaluatorUserId").asLong() == officer3 ? "officer3" : "sv-eval-31";
        JsonNode sheet = TestApi.as(port, evaluator).get("/api/supervision/files/" + f.get("id").asLong()).json();
        var scored = TestApi.as(port, evaluator).post("/api/supervision/files/" + f.get("id").asLong() + "/score",
                Map.of("version", f.get("version").asInt(), "items", confirmAll(sheet)));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        SupervisionFigures.Evaluations after = figures.monthly(month, List.of(unit));
        assertThat(after.evaluated()).isEqualTo(before + 1);
        assertThat(after.meanScore()).isNotNull();
        assertThat(figures.monthly(month, List.of(99_999L)).evaluated()).isEqualTo(elsewhere).isZero();
        assertThat(figures.monthly(month.minusMonths(1), List.of(unit)).evaluated())
                .isEqualTo(jdbc.sql("select count(*) from eval_file where state = 'SCORED' and unit_id = :u"
                        + " and scored_at < date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'"
                        + " and scored_at >= (date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '1 month')"
                        + " at time zone 'Asia/Shanghai'").param("u", unit).query(Long.class).single());
        assertThat(figures.evaluationCampaignLaunched(2019)).isPresent();
        assertThat(figures.evaluationCampaignLink(2019)).hasValueSatisfying(l -> assertThat(l)
                .startsWith("/supervision/campaigns/"));
        assertThat(figures.evaluationCampaignLaunched(1990)).isEmpty();
    }

    @Test
    void campaignReportAndBulletinAreIssuedAsDocumentsWithTheResults() {
        JsonNode c = drawn();
        TestApi supervisor = TestApi.as(port, "supervisor1");
        long id = c.get("id").asLong();
        var missing = supervisor.post("/api/supervision/campaigns/" + id + "/bulletin",
                Map.of("recipient", "各县（市）交通运输局"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("fields").has("requirements")).isTrue();
        var report = supervisor.post("/api/supervision/campaigns/" + id + "/report",
                Map.of("recipient", "海西州交通运输局"));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("type").asString()).isEqualTo("EVALUATION_REPORT");
        var pdf = supervisor.get("/api/documents/" + report.json().get("id").asLong() + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).contains("pdf");
        var bulletin = supervisor.post("/api/supervision/campaigns/" + id + "/bulletin",
                Map.of("recipient", "各县（市）交通运输局", "requirements", "被否决案卷的办案单位于十五个工作日内整改并报告。"));
        assertThat(bulletin.status()).as(bulletin.body()).isEqualTo(200);
        assertThat(bulletin.json().get("number").asString()).isNotBlank();
    }

    @Test
    void startingACampaignNamesMissingFieldsWithoutCitingLaw() {
        var r = TestApi.as(port, "supervisor1").post("/api/supervision/campaigns", Map.of("title", "缺字段"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("year")).isTrue();
        assertThat(r.body()).doesNotContain("article");
        assertThat(TestApi.as(port, "officer1").post("/api/supervision/campaigns", Map.of()).status()).isEqualTo(403);
    }
}
