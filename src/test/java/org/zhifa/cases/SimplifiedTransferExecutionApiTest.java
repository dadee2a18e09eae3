package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The simplified procedure, a criminal transfer, and execution with the late surcharge paused by litigation. */
@ZhifaIntegrationTest
class SimplifiedTransferExecutionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private Map<String, Object> field(int n, long fineYuan) {
        Map<String, Object> d = new HashMap<>(flow.draft("GLF-77-1", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), n));
        d.put("penaltyKinds", List.of("FINE"));
        d.put("amountYuan", fineYuan);
        d.put("partyStatement", "无异议（测试）");
        d.put("partySigned", true);
        return d;
    }

    @Test
    void an_on_the_spot_penalty_is_decided_filed_paid_closed_and_archived() {
        var officer1 = TestApi.as(port, "officer1");
        var tooHigh = officer1.post("/api/cases/simplified", field(301, 300));
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.json().get("article").asString()).contains("第五十一条");
        Map<String, Object> collect = field(302, 150);
        collect.put("collectOnSpot", true);
        var collection = officer1.post("/api/cases/simplified", collect);
        assertThat(collection.status()).isEqualTo(422);
        assertThat(collection.json().get("article").asString()).contains("第六十八条");
        var created = officer1.post("/api/cases/simplified", field(303, 150));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("caseNumber").asString()).contains("当罚");
        assertThat(created.json().get("documents").toString()).contains("ON_THE_SPOT_DECISION");
        assertThat(created.json().get("clocks").toString()).contains("SIMPLIFIED_FILING");
        flow.ok("officer1", id, "record-payment", Map.of("amountYuan", 150, "paymentChannel", "ONLINE",
                "paymentReference", "WX-TEST-1"));
        assertThat(flow.refused("officer1", id, "close", Map.of())).contains("第五十二条");
        flow.ok("officer1", id, "file-copy", Map.of());
        flow.ok("officer1", id, "close", Map.of());
        assertThat(flow.ok("officer1", id, "archive", Map.of()).get("state").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void a_criminal_case_is_transferred_after_legal_review_within_the_310_clocks() {
        long id = flow.create(flow.draft("GLF-77-1", LocalDate.of(2026, 10, 12), 304)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", Map.of("date", "2026-10-12"));
        flow.ok("head1", id, "approve-filing", Map.of("date", "2026-10-12"));
        flow.ok("officer1", id, "propose-transfer", Map.of("date", "2026-10-13",
                "reason", "涉嫌破坏交通设施罪（测试）"));
        assertThat(flow.get(id).get("clocks").toString()).contains("TRANSFER_DECISION");
        assertThat(flow.refused("head1", id, "approve-transfer", Map.of("date", "2026-10-14"))).contains("第五十八条");
        flow.ok("reviewer1", id, "review-transfer", Map.of("date", "2026-10-14", "opinion", "AGREE"));
        flow.ok("head1", id, "approve-transfer", Map.of("date", "2026-10-15", "recipient", "德令哈市公安局"));
        flow.ok("officer1", id, "complete-transfer", Map.of("date", "2026-10-16"));
        flow.ok("officer1", id, "archive", Map.of("date", "2026-10-16"));
        var clocks = flow.get(id).get("clocks").toString();
        assertThat(clocks).contains("TRANSFER_HANDOVER").doesNotContain("RUNNING");
        assertThat(flow.get(id).get("documents").toString()).contains("CRIMINAL_TRANSFER");
    }

    @Test
    void the_late_surcharge_is_not_counted_while_litigation_is_pending() {
        LocalDate act = LocalDate.of(2026, 9, 7);
        long id = flow.investigated("GLF-77-1", act, 305, 2000, Map.of());
        flow.ok("head1", id, "approve-notice", Map.of("date", "2026-09-08"));
        flow.ok("officer1", id, "serve-notice", Map.of("date", "2026-09-08"));
        flow.ok("officer1", id, "waive", Map.of("date", "2026-09-08"));
        flow.ok("officer1", id, "ready-for-decision", Map.of("date", "2026-09-08"));
        flow.ok("head1", id, "decide", Map.of("date", "2026-09-09"));
        flow.ok("officer1", id, "serve-decision", Map.of("date", "2026-09-09", "serviceMethod", "DIRECT"));
        var execution = flow.get(id).get("execution");
        LocalDate due = LocalDate.parse(execution.get("paymentDue").asString());
        assertThat(due).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(flow.refused("officer1", id, "send-reminder", Map.of("date", "2026-09-20"))).contains("第五十四条");
        flow.ok("officer1", id, "pause-surcharge", Map.of("date", "2026-09-25", "pauseKind", "LITIGATION"));
        flow.ok("officer1", id, "resume-surcharge", Map.of("date", "2026-11-20"));
        var surcharge = flow.get(id).get("surcharge");
        long expectedDays = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 20),
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(surcharge.get("days").asLong()).isEqualTo(Math.min(expectedDays, 34));
        assertThat(surcharge.get("surchargeFen").asLong()).isEqualTo(Math.min(2000_00 * expectedDays * 3 / 100, 2000_00));
        flow.ok("officer1", id, "send-reminder", Map.of("date", "2026-11-23"));
        assertThat(flow.refused("head1", id, "apply-court-enforcement", Map.of("date", "2026-11-24")))
                .contains("第五十四条");
        assertThat(flow.get(id).get("clocks").toString()).contains("COURT_APPLICATION");
    }
}
