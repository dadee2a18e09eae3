package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.cases.internal.ClockSweep;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Instalments (《行政处罚法》第六十六条), their clocks, the late surcharge per instalment (第七十二条) and the clock sweep. */
@ZhifaIntegrationTest
class InstalmentApiTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClockSweep sweep;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    /** A decided and served case with a fine of 2,000 yuan, payment due 2026-09-24. */
    private long served(int n) {
        LocalDate act = LocalDate.of(2026, 9, 7);
        return flow.decidedAndServed("GLF-77-1", act, n, 2000, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9));
    }

    private static Map<String, Object> schedule(Object... dueAndYuan) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < dueAndYuan.length; i += 2) {
            lines.add(Map.of("dueOn", dueAndYuan[i].toString(), "amountYuan", dueAndYuan[i + 1]));
        }
        return Map.of("actedOn", "2026-09-20", "applicationReason", "当事人家庭收入微薄，申请分期缴纳（测试）",
                "instalments", lines);
    }

    private JsonNode instalmentClock(long id, int no) {
        for (JsonNode k : flow.get(id).get("clocks")) {
            if (k.get("kind").asString().equals("INSTALMENT") && k.get("instalmentNo").asInt() == no) {
                return k;
            }
        }
        throw new AssertionError("no clock for instalment " + no);
    }

    @Test
    void instalments_that_do_not_add_up_to_the_fine_are_refused_per_article_66() {
        long id = served(311);
        assertThat(flow.refused("head1", id, "approve-instalments", schedule("2026-10-10", 800, "2026-11-10", 1000)))
                .isEqualTo("《行政处罚法》第六十六条第二款");
        var r = flow.step("head1", id, "approve-instalments", schedule("2026-10-10", 800, "2026-11-10", 1000));
        assertThat(r.json().get("detail").asString()).contains("1800").contains("2000");
        // only the unit head approves (Art. 66: 经行政机关批准)
        assertThat(flow.step("officer1", id, "approve-instalments", schedule("2026-10-10", 1000, "2026-11-10", 1000))
                .status()).isEqualTo(403);
        assertThat(flow.get(id).get("instalments").size()).isZero();
    }

    @Test
    void paying_the_first_instalment_stops_its_clock_per_article_66() {
        long id = served(312);
        flow.ok("head1", id, "approve-instalments", schedule("2026-10-10", 1000, "2026-12-20", 1000));
        var detail = flow.get(id);
        assertThat(detail.get("execution").get("paymentDue").asString()).isEqualTo("2026-12-20");
        assertThat(instalmentClock(id, 1).get("state").asString()).isEqualTo("RUNNING");
        assertThat(instalmentClock(id, 1).get("basis").asString()).contains("第六十六条");

        flow.ok("officer1", id, "record-payment", Map.of("actedOn", "2026-10-08", "amountYuan", 1000, "channel", "BANK", "reference", "HX-INST-312-1"));
        assertThat(instalmentClock(id, 1).get("state").asString()).isEqualTo("MET");
        assertThat(instalmentClock(id, 1).get("closedOn").asString()).isEqualTo("2026-10-08");
        assertThat(instalmentClock(id, 2).get("state").asString()).isEqualTo("RUNNING");
        var lines = flow.get(id).get("instalments");
        assertThat(lines.get(0).get("state").asString()).isEqualTo("PAID");
        assertThat(lines.get(1).get("state").asString()).isEqualTo("UNPAID");
        assertThat(lines.get(1).get("unpaidFen").asLong()).isEqualTo(1000_00);
        var page = TestApi.as(port, "officer1").get("/cases/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("分期缴纳安排").contains("已缴清").contains("未到期");
    }

    @Test
    void an_unpaid_instalment_past_due_is_marked_overdue_by_the_sweep_and_its_surcharge_is_capped_at_its_amount_per_article_72() {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate secondDue = today.minusDays(40); // more than 34 days late: 3 % a day reaches the cap
        long id = served(313);
        flow.ok("head1", id, "approve-instalments", schedule("2026-10-01", 1200, secondDue, 800));
        flow.ok("officer1", id, "record-payment", Map.of("actedOn", "2026-09-30", "amountYuan", 1200, "channel", "ONLINE", "reference", "HX-INST-313-1"));

        long auditsBefore = audits();
        var first = sweep.sweep(today);
        assertThat(first.ran()).isTrue();
        assertThat(first.marked()).isPositive();
        var clock = instalmentClock(id, 2);
        assertThat(clock.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(clock.get("closedOn").isNull()).isTrue(); // still open: paying later records the late stop
        assertThat(audits()).isEqualTo(auditsBefore + 1);

        var line = flow.get(id).get("instalments").get(1);
        assertThat(line.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(line.get("surcharge").get("surchargeFen").asLong()).isEqualTo(800_00);
        assertThat(line.get("surcharge").get("capped").asBoolean()).isTrue();
        assertThat(flow.get(id).get("surcharge").get("surchargeFen").asLong()).isEqualTo(800_00);

        // the deadline board and the list's overdue filter agree with the sweep
        var board = TestApi.as(port, "officer1").get("/api/cases/deadlines").json();
        boolean onBoard = false;
        for (JsonNode l : board) {
            if (l.get("caseId").asLong() == id && l.get("clock").asString().equals("INSTALMENT")) {
                onBoard = l.get("overdue").asBoolean();
            }
        }
        assertThat(onBoard).isTrue();
        String number = flow.get(id).get("caseNumber").asString();
        var list = TestApi.as(port, "officer1").get("/api/cases?overdue=true&q="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(list.get("items").size()).isEqualTo(1);

        flow.ok("officer1", id, "record-payment", Map.of("actedOn", today.toString(), "amountYuan", 800, "channel", "BANK", "reference", "HX-INST-313-2"));
        clock = instalmentClock(id, 2);
        assertThat(clock.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(clock.get("closedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void the_clock_sweep_is_idempotent() {
        LocalDate today = LocalDate.now(ZONE);
        long id = served(314);
        flow.ok("head1", id, "approve-instalments", schedule("2026-10-01", 1000, "2026-10-15", 1000));
        sweep.sweep(today);
        long audits = audits();
        String clocks = flow.get(id).get("clocks").toString();
        var again = sweep.sweep(today);
        assertThat(again.ran()).isTrue();
        assertThat(again.marked()).isZero();
        assertThat(audits()).isEqualTo(audits); // a run that changed nothing is not audited
        assertThat(flow.get(id).get("clocks").toString()).isEqualTo(clocks);
        assertThat(instalmentClock(id, 1).get("state").asString()).isEqualTo("OVERDUE");
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_record where action = 'CASE_CLOCKS_SWEPT'").query(Long.class).single();
    }
}
