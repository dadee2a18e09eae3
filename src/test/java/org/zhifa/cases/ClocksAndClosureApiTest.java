package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.conclude;
import static org.zhifa.cases.CaseFlow.decide;
import static org.zhifa.cases.CaseFlow.direct;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Clocks end with their stage and with the file; 结案 needs the head's approval on the 结案报告; the ordinary procedure
 * never takes cash (罚缴分离).
 */
@ZhifaIntegrationTest
class ClocksAndClosureApiTest {

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

    private List<String> open(long id) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode c : flow.get(id).get("clocks")) {
            if (c.get("closedOn").isNull()) {
                kinds.add(c.get("kind").asString());
            }
        }
        return kinds;
    }

    private boolean listedOverdue(long id) {
        String number = flow.get(id).get("caseNumber").asString();
        var page = TestApi.as(port, "officer1").get("/api/cases?overdue=true&q="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)).json();
        for (JsonNode c : page.get("items")) {
            if (c.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_statement_window_and_hearing_request_clocks_end_with_the_statement_stage_per_articles_45_and_64() {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.investigated("GLF-77-1", act, 131, 6000, map("complexCase", true,
                "amountReason", "占用面积大（测试）"));
        flow.ok("head1", id, "send-to-legal-review", on(act.plusDays(1), "opinion", "送法制审核（测试）"));
        flow.ok("reviewer1", id, "legal-review-agree", on(act.plusDays(2), "opinion", "同意告知（测试）"));
        LocalDate served = act.plusDays(3);
        flow.ok("officer1", id, "issue-notice", on(served));
        flow.ok("officer1", id, "serve-notice", on(served, "service", direct(served)));
        assertThat(open(id)).contains("STATEMENT_WINDOW", "HEARING_REQUEST");
        flow.ok("officer1", id, "waive-hearing", on(served, "form", "WRITTEN", "declaration", "不要求听证（测试）"));
        assertThat(open(id)).contains("STATEMENT_WINDOW").doesNotContain("HEARING_REQUEST");
        flow.ok("officer1", id, "waive-statement", on(served, "form", "WRITTEN", "declaration", "放弃陈述申辩（测试）"));
        assertThat(open(id)).doesNotContain("STATEMENT_WINDOW", "HEARING_REQUEST");
    }

    @Test
    void an_archived_case_has_no_running_clock_never_appears_overdue_and_takes_no_more_evidence() throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.filed("GLF-77-1", act, 132);
        // evidence preserved and never released: its seven-day clock runs on, long past due
        preserve(id, act);
        assertThat(listedOverdue(id)).isTrue();
        flow.ok("officer1", id, "conclude-investigation", conclude(act.plusDays(1), 1500));
        flow.ok("officer1", id, "submit-review", on(act.plusDays(1)));
        flow.ok("head1", id, "approve-notice", on(act.plusDays(1), "opinion", "同意告知（测试）"));
        LocalDate served = LocalDate.of(2026, 9, 4);
        flow.ok("officer1", id, "issue-notice", on(served));
        flow.ok("officer1", id, "serve-notice", on(served, "service", direct(served)));
        flow.ok("officer1", id, "waive-statement", on(served, "form", "WRITTEN", "declaration", "放弃陈述申辩（测试）"));
        flow.ok("officer1", id, "ready-for-decision", on(served));
        flow.ok("head1", id, "decide", decide(served.plusDays(3), 1500));
        flow.ok("officer1", id, "serve-decision", on(served.plusDays(3), "service", direct(served.plusDays(3))));
        flow.ok("officer1", id, "record-payment", on(served.plusDays(4), "amountYuan", 1500, "channel", "BANK",
                "reference", "TEST-0132"));
        flow.ok("officer1", id, "propose-closure", on(served.plusDays(5), "opinion", "已缴清，建议结案（测试）"));
        flow.ok("head1", id, "approve-closure", on(served.plusDays(5), "opinion", "同意结案（测试）"));
        assertThat(open(id)).contains("EVIDENCE_PRESERVATION");
        flow.ok("officer1", id, "archive", on(served.plusDays(6)));
        assertThat(open(id)).isEmpty();
        assertThat(listedOverdue(id)).isFalse();
        // nothing is added to an archived file, evidence links included (程序规定 第九十一条)
        var evidence = flow.upload(id);
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(422);
        assertThat(evidence.body()).contains("第九十一条");
    }

    @Test
    void closure_needs_the_unit_heads_approval_on_the_closure_report_per_procedure_rules_article_91() {
        LocalDate served = LocalDate.of(2026, 9, 4);
        long id = flow.decidedAndServed("GLF-77-1", LocalDate.of(2026, 9, 1), 133, 1500, served, served.plusDays(3));
        flow.ok("officer1", id, "record-payment", on(served.plusDays(4), "amountYuan", 1500, "channel", "BANK",
                "reference", "TEST-0133"));
        flow.ok("officer1", id, "propose-closure", on(served.plusDays(5), "opinion", "已缴清，建议结案（测试）"));
        // neither the handler nor anyone else archives before the head approved the closure report
        assertThat(flow.step("officer1", id, "approve-closure", on(served.plusDays(5), "opinion", "同意")).status())
                .isEqualTo(403);
        assertThat(flow.step("officer1", id, "archive", on(served.plusDays(5))).status()).isEqualTo(409);
        assertThat(flow.step("head1", id, "approve-closure", on(served.plusDays(5))).status()).isEqualTo(400);
        flow.ok("head1", id, "approve-closure", on(served.plusDays(5), "opinion", "准予结案（测试）"));
        var detail = flow.get(id);
        assertThat(detail.get("state").asString()).isEqualTo("CLOSED");
        assertThat(detail.get("documents").toString()).contains("CLOSURE_REPORT");
    }

    @Test
    void the_ordinary_procedure_never_takes_cash_per_article_67() {
        LocalDate served = LocalDate.of(2026, 9, 4);
        long id = flow.decidedAndServed("GLF-77-1", LocalDate.of(2026, 9, 1), 134, 1500, served, served.plusDays(3));
        var cash = flow.step("officer1", id, "record-payment", on(served.plusDays(4), "amountYuan", 1500, "channel", "CASH",
                "reference", "TEST-0134"));
        assertThat(cash.status()).isEqualTo(400);
        assertThat(cash.json().get("fields").has("channel")).isTrue();
        assertThat(flow.get(id).get("state").asString()).isEqualTo("EXECUTION");
        Map<String, Object> bank = on(served.plusDays(4), "amountYuan", 1500, "channel", "BANK", "reference", "TEST-0134");
        flow.ok("officer1", id, "record-payment", bank);
    }

    @Test
    void a_release_decision_names_the_day_the_measure_was_taken_and_its_kind_as_recorded() throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.filed("GLF-77-1", act, 134);
        Map<String, String> byType = measuresTaken(id, act, "SEAL");
        flow.ok("officer1", id, "release-measure", on(act.plusDays(3), "measureNumber",
                byType.get("EVIDENCE_PRESERVATION_LIST"), "reason", "已完成检验（测试）"));
        flow.ok("officer1", id, "release-measure", on(act.plusDays(4), "measureNumber",
                byType.get("COMPULSORY_MEASURE_DECISION"), "ground", "NO_LONGER_NEEDED", "reason", "违法行为已消除（测试）"));
        // 式样之七、之十: the day the measure was taken and the kind of the compulsory measure, from the record
        assertThat(CaseFlow.documentText(documents, id,
                "RELEASE_EVIDENCE_PRESERVATION")).contains("本机关依法于2026年9月1日对你（单位）采取了证据登记保存",
                "2026年9月4日起解除该证据登记保存");
        assertThat(CaseFlow.documentText(documents, id,
                "RELEASE_COMPULSORY_MEASURE")).contains("于2026年9月2日对你（单位）采取了查封的行政强制措施",
                "2026年9月5日起解除该行政强制措施");
    }

    /** Ten cubic metres of sand preserved on {@code act} by officer1 and officer2. */
    private void preserve(long id, LocalDate act) {
        flow.ok("officer1", id, "preserve-evidence", on(act, "place", "G315线 K701（测试）",
                "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")), "approvedBy", "测试负责人",
                "items", List.of(map("name", "砂石（测试）", "quantity", "10", "unit", "立方米")),
                "storagePlace", "德令哈执法大队证物室（测试）"));
    }

    /**
     * Evidence preserved on {@code act} and a compulsory measure of the kind imposed the day after; the number of each
     * one's document by type.
     */
    private Map<String, String> measuresTaken(long id, LocalDate act, String measure) throws Exception {
        List<Long> officers = List.of(flow.officerId("officer1"), flow.officerId("officer2"));
        List<Map<String, Object>> goods = List.of(map("name", "砂石（测试）", "quantity", "10", "unit", "立方米"));
        preserve(id, act);
        flow.uploadRecording(id);
        flow.ok("officer1", id, "impose-measure", on(act.plusDays(1), "place", "G315线 K702（测试）", "officerIds", officers,
                "measure", measure, "basis", "《中华人民共和国行政强制法》第二十二条（测试）", "periodDays", 30,
                "items", goods));
        Map<String, String> byType = new java.util.HashMap<>();
        documents.list("CASE:" + id).forEach(d -> byType.putIfAbsent(d.type().name(), d.number()));
        return byType;
    }

    /**
     * 《行政强制法》第二十八条第一款: a seizure or sealing is released under one of its five items, chosen by the officer
     * with the reason (400 when none is chosen) and printed as 第（N）项 (式样之十); the release of a preservation rests on
     * 《行政处罚法》第五十六条 and takes no item (式样之七).
     */
    @Test
    void article_28_release_names_its_item() throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.filed("GLF-77-1", act, 135);
        Map<String, String> byType = measuresTaken(id, act, "SEIZE");
        var noGround = flow.step("officer1", id, "release-measure", on(act.plusDays(4), "measureNumber",
                byType.get("COMPULSORY_MEASURE_DECISION"), "reason", "已作出处理决定（测试）"));
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.body()).contains("请选择解除的法定情形").doesNotContain("\"article\"");
        var groundOnPreservation = flow.step("officer1", id, "release-measure", on(act.plusDays(3), "measureNumber",
                byType.get("EVIDENCE_PRESERVATION_LIST"), "ground", "NOT_RELATED", "reason", "已完成检验（测试）"));
        assertThat(groundOnPreservation.status()).isEqualTo(400);
        assertThat(groundOnPreservation.json().get("fields").has("ground")).isTrue();
        flow.ok("officer1", id, "release-measure", on(act.plusDays(4), "measureNumber",
                byType.get("COMPULSORY_MEASURE_DECISION"), "ground", "DECIDED", "reason", "已作出处理决定（测试）"));
        assertThat(CaseFlow.documentText(documents, id, "RELEASE_COMPULSORY_MEASURE"))
                .contains("依照《中华人民共和国行政强制法》第二十八条第一款第（三）项的规定", "已作出处理决定（测试）");
    }

    /**
     * 式样之六: the 证据登记保存清单 says which case the goods are kept for (因调查…一案, the case's 案由) and for how long:
     * seven working days of 《行政处罚法》第五十六条 from the day taken (not counted, 第八十五条) to the clock's due date.
     */
    @Test
    void article_56_preservation_list_names_the_case_and_its_seven_working_days() throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.filed("GLF-77-1", act, 136);
        preserve(id, act);
        LocalDate due = jdbc.sql("select due_on from case_clock where case_id = ? and kind = 'EVIDENCE_PRESERVATION'")
                .param(id).query(LocalDate.class).single();
        // Tuesday 1 September 2026: Wednesday 2 to Thursday 10 September are seven working days
        assertThat(due).isEqualTo(LocalDate.of(2026, 9, 10));
        String cause = jdbc.sql("select violations::text from penalty_case where id = ?").param(id).query(String.class).single();
        String text = CaseFlow.documentText(documents, id, "EVIDENCE_PRESERVATION_LIST");
        assertThat(text).contains("予以先行登记保存七个工作日（自2026年9月1日至2026年9月10日）", "不得销毁或者转移证据");
        String named = text.substring(text.indexOf("因调查") + 3, text.indexOf("一案"));
        assertThat(named).isNotBlank();
        assertThat(cause).contains(named);
    }
}
