package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.direct;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The on-the-spot path of the simplified procedure, a criminal transfer, and execution with a pending litigation. */
@ZhifaIntegrationTest
class SimplifiedTransferExecutionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.zhifa.documents.EnforcementDocuments documents;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private Map<String, Object> spot(int n, long fineYuan, String ground, String receipt) {
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        Map<String, Object> b = on(today, "act", flow.facts("GLF-77-1", today, n),
                "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")),
                "penaltyKinds", List.of("FINE"), "amountYuan", fineYuan, "partyStatement", "当事人称不知道不能堆放（测试）",
                "statementReview", "不知法不免责，不予采纳（测试）", "decisionPlace", "G315线 K700+200 处（测试）",
                "deliveredAt", "10:20", "signature", "SIGNED", "correction", map("order", "清除堆放在公路上的物品（测试）"));
        if (ground != null) {
            b.put("collectionGround", ground);
            b.put("receiptNumber", receipt);
        }
        return b;
    }

    @Test
    void an_on_the_spot_penalty_runs_through_the_same_engine_from_decision_to_archive() {
        var officer1 = TestApi.as(port, "officer1");
        var tooHigh = officer1.post("/api/cases/simplified", spot(301, 300, null, null));
        assertThat(tooHigh.status()).as(tooHigh.body()).isEqualTo(422);
        assertThat(tooHigh.json().get("article").asString()).contains("第五十一条");
        var collection = officer1.post("/api/cases/simplified", spot(302, 150, "UP_TO_100_YUAN", "HX-0302"));
        assertThat(collection.status()).isEqualTo(422);
        assertThat(collection.json().get("article").asString()).contains("第六十八条");
        var created = officer1.post("/api/cases/simplified", spot(303, 150, null, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("caseNumber").asString()).contains("当罚");
        assertThat(created.json().get("documents").toString()).contains("ON_THE_SPOT_DECISION");
        assertThat(created.json().get("clocks").toString()).contains("SIMPLIFIED_FILING").contains("PAYMENT");
        assertThat(created.json().get("steps").get(0).get("transition").asString()).isEqualTo("decide-on-the-spot");
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        flow.ok("officer1", id, "record-payment", on(today, "amountYuan", 150, "channel", "ONLINE", "reference", "WX-TEST-1"));
        assertThat(flow.refused("officer1", id, "propose-closure", on(today, "opinion", "已缴清（测试）"))).contains("第五十二条");
        flow.ok("officer1", id, "file-copy", on(today));
        flow.ok("officer1", id, "propose-closure", on(today, "opinion", "已缴清（测试）"));
        flow.ok("head1", id, "approve-closure", on(today, "opinion", "同意结案（测试）"));
        assertThat(flow.ok("officer1", id, "archive", on(today)).get("state").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void cash_collected_on_the_spot_is_handed_in_within_two_working_days_per_article_71() {
        var created = TestApi.as(port, "officer1").post("/api/cases/simplified", spot(306, 80, "UP_TO_100_YUAN", "HX-0306"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("clocks").toString()).contains("CASH_HAND_IN").doesNotContain("\"PAYMENT\"");
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        flow.ok("officer1", id, "file-copy", on(today));
        assertThat(flow.refused("officer1", id, "propose-closure", on(today, "opinion", "已收缴（测试）"))).contains("第七十一条");
        flow.ok("officer1", id, "hand-in-cash", on(today, "handedTo", "德令哈市交通运输局财务室（测试）", "reference", "JK-0306"));
        flow.ok("officer1", id, "propose-closure", on(today, "opinion", "已收缴并交付（测试）"));
        // the ordinary procedure has no cash: its payment channels are a bank or online (罚缴分离, Art. 67)
        assertThat(TestApi.as(port, "officer1").get("/v3/api-docs").body()).contains("\"BANK\"", "\"ONLINE\"");
    }

    @Test
    void a_criminal_case_is_transferred_after_legal_review_within_the_310_clocks() {
        LocalDate day = LocalDate.of(2026, 10, 12);
        long id = flow.create(flow.draft("GLF-77-1", day, 304)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", on(day, "opinion", "建议立案（测试）"));
        flow.ok("head1", id, "approve-filing", on(day, "opinion", "同意（测试）"));
        flow.ok("officer1", id, "propose-transfer", on(day.plusDays(1), "facts", "挖掘公路致塌陷，涉嫌破坏交通设施罪（测试）",
                "reason", "涉嫌犯罪，依法移送（测试）"));
        assertThat(flow.get(id).get("clocks").toString()).contains("TRANSFER_DECISION");
        Map<String, Object> approve = on(day.plusDays(3), "recipient", "德令哈市公安局（测试）",
                "attachments", List.of(map("name", "涉嫌犯罪案件调查报告（测试）", "pages", 3)));
        assertThat(flow.refused("head1", id, "approve-transfer", approve)).contains("第五十八条");
        flow.ok("reviewer1", id, "review-transfer", on(day.plusDays(2), "agree", true, "opinion", "同意移送（测试）"));
        flow.ok("head1", id, "approve-transfer", approve);
        flow.ok("officer1", id, "complete-transfer", on(day.plusDays(4), "receivedBy", "德令哈市公安局 张警官（测试）"));
        flow.ok("officer1", id, "propose-closure", on(day.plusDays(4), "opinion", "已移送，建议结案（测试）"));
        flow.ok("head1", id, "approve-closure", on(day.plusDays(4), "opinion", "同意（测试）"));
        flow.ok("officer1", id, "archive", on(day.plusDays(4)));
        var clocks = flow.get(id).get("clocks").toString();
        assertThat(clocks).contains("TRANSFER_HANDOVER").doesNotContain("RUNNING");
        assertThat(flow.get(id).get("documents").toString()).contains("CRIMINAL_TRANSFER");
    }

    @Test
    void the_late_surcharge_is_not_counted_while_litigation_is_pending() {
        long id = flow.decidedAndServed("GLF-77-1", LocalDate.of(2026, 9, 7), 305, 2000, LocalDate.of(2026, 9, 8),
                LocalDate.of(2026, 9, 9));
        var execution = flow.get(id).get("execution");
        assertThat(LocalDate.parse(execution.get("paymentDue").asString())).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(flow.refused("officer1", id, "send-reminder", on(LocalDate.of(2026, 9, 20), "performanceWorkingDays", 10)))
                .contains("第五十四条");
        flow.ok("officer1", id, "pause-surcharge", on(LocalDate.of(2026, 9, 25), "kind", "LITIGATION"));
        flow.ok("officer1", id, "resume-surcharge", on(LocalDate.of(2026, 11, 20)));
        var surcharge = flow.get(id).get("surcharge");
        long expectedDays = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 20), LocalDate.now(CaseFlow.ZONE));
        assertThat(surcharge.get("days").asLong()).isEqualTo(Math.min(expectedDays, 34));
        assertThat(surcharge.get("surchargeFen").asLong()).isEqualTo(Math.min(2000_00 * expectedDays * 3 / 100, 2000_00));
        flow.ok("officer1", id, "send-reminder", on(LocalDate.of(2026, 11, 23), "performanceWorkingDays", 10));
        assertThat(flow.refused("head1", id, "apply-court-enforcement", on(LocalDate.of(2026, 11, 23), "court", "德令哈市人民法院")))
                .contains("第五十四条");
        flow.ok("officer1", id, "serve-reminder", on(LocalDate.of(2026, 11, 23), "service", direct(LocalDate.of(2026, 11, 23))));
        assertThat(flow.get(id).get("clocks").toString()).contains("COURT_APPLICATION").contains("REMINDER");
        assertThat(flow.refused("head1", id, "apply-court-enforcement", on(LocalDate.of(2026, 11, 24), "court", "德令哈市人民法院")))
                .contains("第五十四条");
    }

    /**
     * 《行政强制法》第三十五条: the 催告书 states the period of performance, which the handler fixes (no period is printed
     * that nobody entered); 第五十四条: the court may be applied to only after service plus ten working days, and not
     * before the period the 催告书 gave has passed.
     */
    @Test
    void a_reminder_prints_the_period_entered_and_the_court_application_waits_for_it() throws Exception {
        long id = flow.decidedAndServed("GLF-77-1", LocalDate.of(2026, 9, 7), 306, 2000, LocalDate.of(2026, 9, 8),
                LocalDate.of(2026, 9, 9));
        var missing = flow.step("officer1", id, "send-reminder", on(LocalDate.of(2026, 10, 30)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("履行期限").doesNotContain("第三十五条");
        flow.ok("officer1", id, "send-reminder", on(LocalDate.of(2026, 10, 30), "performanceWorkingDays", 15));
        flow.ok("officer1", id, "serve-reminder", on(LocalDate.of(2026, 11, 2), "service", direct(LocalDate.of(2026, 11, 2))));
        var issued = documents.list("CASE:" + id).stream()
                .filter(d -> d.type() == org.zhifa.documents.DocumentType.REMINDER).toList();
        assertThat(issued).hasSize(1);
        String reminder = String.join("", org.zhifa.documents.PdfPages.texts(documents.pdf(issued.get(0).id())));
        assertThat(reminder).contains("自收到本催告书之日起十五个工作日内履行上述义务").doesNotContain("之日起十日内");
        // ten working days after service (2026-11-16) have passed, the fifteen the reminder gave (2026-11-23) have not
        var early = flow.step("head1", id, "apply-court-enforcement",
                on(LocalDate.of(2026, 11, 17), "court", "德令哈市人民法院"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("第五十四条", "2026-11-23");
        assertThat(flow.get(id).get("clocks").toString()).contains("2026-11-23");
        flow.ok("head1", id, "apply-court-enforcement", on(LocalDate.of(2026, 11, 24), "court", "德令哈市人民法院"));
    }
}
