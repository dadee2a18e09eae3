package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.decide;
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

/** Whole ordinary cases through the API: a statement reviewed, a returned step, the no-penalty exemption. */
@ZhifaIntegrationTest
class OrdinaryCaseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    @Test
    void an_ordinary_case_with_a_reviewed_statement_runs_from_registration_to_archive() {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.investigated("GLF-77-1", act, 101, 1500, Map.of());
        var detail = flow.get(id);
        assertThat(detail.get("caseNumber").asString()).startsWith("德交执立〔2026〕");
        assertThat(detail.get("procedureVersion").asString()).isEqualTo("2021-07-15/2");
        assertThat(detail.get("state").asString()).isEqualTo("CASE_REVIEW");
        flow.ok("head1", id, "approve-notice", on(act.plusDays(2), "opinion", "同意告知（测试）"));
        // the decide step does not start from 告知: a conflict with the state, not a refusal under law
        assertThat(flow.step("head1", id, "decide", decide(act.plusDays(2), 1500)).status()).isEqualTo(409);
        LocalDate served = LocalDate.of(2026, 9, 4);
        flow.ok("officer1", id, "issue-notice", on(served));
        flow.ok("officer1", id, "serve-notice", on(served, "service", direct(served)));
        flow.ok("officer1", id, "record-statement", on(served.plusDays(1), "form", "WRITTEN", "statedBy", "测试当事人",
                "text", "堆放时间很短，请求从轻处罚（测试）"));
        assertThat(flow.refused("officer1", id, "ready-for-decision", on(served.plusDays(6)))).contains("第四十五条");
        flow.ok("officer1", id, "review-statement", on(served.plusDays(2), "statementNo", 1, "conclusion", "PARTLY_ADOPTED",
                "reasons", "堆放时间短属实，已在裁量中考虑（测试）"));
        flow.ok("officer1", id, "ready-for-decision", on(served.plusDays(6)));
        var decided = flow.ok("head1", id, "decide", decide(served.plusDays(7), 1500));
        assertThat(decided.get("state").asString()).isEqualTo("SERVICE");
        flow.ok("officer1", id, "serve-decision", on(served.plusDays(8), "service", direct(served.plusDays(8))));
        assertThat(flow.refused("officer1", id, "propose-closure", on(served.plusDays(9), "opinion", "x")))
                .contains("第六十七条");
        flow.ok("officer1", id, "record-payment", on(served.plusDays(10), "amountYuan", 1500, "channel", "BANK",
                "reference", "TEST-0001"));
        flow.ok("officer1", id, "propose-closure", on(served.plusDays(11), "opinion", "已缴清，建议结案（测试）"));
        flow.ok("head1", id, "approve-closure", on(served.plusDays(11), "opinion", "同意结案（测试）"));
        var archived = flow.ok("officer1", id, "archive", on(served.plusDays(12)));
        assertThat(archived.get("state").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("nextActions")).isEmpty();
        var after = flow.get(id);
        assertThat(after.get("clocks").toString()).contains("PAYMENT").contains("MET").doesNotContain("\"RUNNING\"");
        // every step records the day of the act and the moment it was entered; these acts were entered months later
        var last = after.get("steps").get(after.get("steps").size() - 1);
        assertThat(last.get("actedOn").asString()).isEqualTo(served.plusDays(12).toString());
        assertThat(last.get("enteredAt").asString()).startsWith(LocalDate.now(CaseFlow.ZONE).toString());
        assertThat(last.get("lateEntry").asBoolean()).isTrue();
        assertThat(last.get("lateReason").asString()).isEqualTo("测试数据事后录入");
        assertThat(flow.step("officer1", id, "record-payment", on(served.plusDays(13), "amountYuan", 1, "channel", "BANK",
                "reference", "x")).json().get("article").asString()).contains("第九十一条");
    }

    @Test
    void a_stale_version_is_a_conflict() {
        LocalDate act = LocalDate.of(2026, 9, 2);
        long id = flow.create(flow.draft("GLF-77-1", act, 102)).get("id").asLong();
        int v = flow.version(id);
        flow.ok("officer1", id, "submit-filing", on(act, "version", v, "opinion", "建议立案（测试）"));
        var r = flow.step("head1", id, "approve-filing", on(act, "version", v, "opinion", "同意（测试）"));
        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void a_returned_step_keeps_its_history() {
        LocalDate act = LocalDate.of(2026, 9, 14);
        long id = flow.investigated("GLF-77-1", act, 103, 1200, Map.of());
        flow.ok("head1", id, "return", on(LocalDate.of(2026, 9, 16), "toState", "INVESTIGATION",
                "reason", "证据不足，补充询问笔录"));
        var detail = flow.get(id);
        assertThat(detail.get("state").asString()).isEqualTo("INVESTIGATION");
        var steps = detail.get("steps");
        assertThat(steps.toString()).contains("conclude-investigation").contains("证据不足，补充询问笔录");
        assertThat(steps.get(steps.size() - 1).get("returned").asBoolean()).isTrue();
        var r = flow.step("head1", id, "return", on(LocalDate.of(2026, 9, 16), "toState", "CASE_REVIEW", "reason", "x"));
        assertThat(r.status()).isEqualTo(400);
        // the party applied for officer2's withdrawal (回避, Art. 43): one officer is left, below the two of Art. 42
        flow.ok("head1", id, "recuse-officer", on(LocalDate.of(2026, 9, 16), "officerId", flow.officerId("officer2"),
                "applicant", "PARTY", "reason", "当事人申请回避，经负责人决定"));
        Map<String, Object> conclude = CaseFlow.conclude(LocalDate.of(2026, 9, 17), 1200);
        assertThat(flow.refused("officer1", id, "conclude-investigation", conclude)).contains("第四十二条");
        assertThat(flow.step("officer2", id, "record-site", flow.site(LocalDate.of(2026, 9, 17), "officer2"))
                .json().get("article").asString()).contains("第四十三条");
    }

    @Test
    void a_minor_first_offence_ends_with_a_no_penalty_decision_and_education_records() {
        LocalDate act = LocalDate.of(2026, 9, 21);
        long id = flow.investigated("GLF-77-1", act, 104, 0, map("outcome", "NO_PENALTY_MINOR", "penaltyKinds", List.of(),
                "amountYuan", null));
        LocalDate d = LocalDate.of(2026, 9, 22);
        flow.ok("head1", id, "approve-notice", on(d, "opinion", "同意（测试）"));
        flow.ok("officer1", id, "issue-notice", on(d));
        flow.ok("officer1", id, "serve-notice", on(d, "service", direct(d)));
        flow.ok("officer1", id, "waive-statement", on(d, "form", "WRITTEN", "declaration", "无异议，放弃陈述申辩（测试）"));
        flow.ok("officer1", id, "ready-for-decision", on(d));
        var minor = on(LocalDate.of(2026, 9, 23), "outcome", "NO_PENALTY_MINOR");
        assertThat(flow.refused("head1", id, "decide", minor)).contains("第三十三条");
        flow.ok("officer1", id, "record-education", on(LocalDate.of(2026, 9, 23), "startTime", "10:00", "endTime", "10:20",
                "place", "大队接待室（测试）", "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")),
                "recorderId", flow.officerId("officer2"), "content", "讲解《公路法》第四十六条，当事人表示今后不再堆放（测试）"));
        flow.ok("officer1", id, "record-commitment", on(LocalDate.of(2026, 9, 23), "commitment",
                "本人保证今后不在公路上堆放物品（测试）", "signedBy", "测试当事人104"));
        flow.ok("head1", id, "decide", minor);
        flow.ok("officer1", id, "serve-decision", on(LocalDate.of(2026, 9, 23), "service", direct(LocalDate.of(2026, 9, 23))));
        flow.ok("officer1", id, "propose-closure", on(LocalDate.of(2026, 9, 24), "opinion", "不予处罚，建议结案（测试）"));
        flow.ok("head1", id, "approve-closure", on(LocalDate.of(2026, 9, 24), "opinion", "同意（测试）"));
        flow.ok("officer1", id, "archive", on(LocalDate.of(2026, 9, 24)));
        assertThat(flow.get(id).get("steps").toString()).contains("免罚审查");
        var docs = flow.get(id).get("documents").toString();
        assertThat(docs).contains("NO_PENALTY_DECISION").contains("EDUCATION_RECORD").contains("COMMITMENT_LETTER");
        assertThat(TestApi.as(port, "officer3").get("/api/cases/" + id).status()).isEqualTo(404);
    }
}
