package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Whole ordinary cases through the API: waiver, a returned step, the no-penalty exemption. */
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
    void an_ordinary_case_with_waiver_runs_from_registration_to_archive() {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.investigated("GLF-77-1", act, 101, 1500, Map.of());
        var detail = flow.get(id);
        assertThat(detail.get("caseNumber").asString()).startsWith("德交执立〔2026〕");
        assertThat(detail.get("state").asString()).isEqualTo("CASE_REVIEW");
        flow.ok("head1", id, "approve-notice", Map.of("date", "2026-09-03"));
        // no decision before the notice: the decide step is not even available in 告知
        assertThat(flow.refused("head1", id, "decide", Map.of("date", "2026-09-03"))).contains("程序规定");
        flow.ok("officer1", id, "serve-notice", Map.of("date", "2026-09-04"));
        flow.ok("officer1", id, "waive", Map.of("date", "2026-09-04"));
        flow.ok("officer1", id, "ready-for-decision", Map.of("date", "2026-09-04"));
        var decided = flow.ok("head1", id, "decide", Map.of("date", "2026-09-07"));
        assertThat(decided.get("state").asString()).isEqualTo("SERVICE");
        flow.ok("officer1", id, "serve-decision", Map.of("date", "2026-09-08", "serviceMethod", "DIRECT"));
        assertThat(flow.refused("officer1", id, "close", Map.of("date", "2026-09-09"))).contains("第六十七条");
        flow.ok("officer1", id, "record-payment", Map.of("date", "2026-09-10", "amountYuan", 1500,
                "paymentChannel", "BANK", "paymentReference", "TEST-0001"));
        flow.ok("officer1", id, "close", Map.of("date", "2026-09-11"));
        var archived = flow.ok("officer1", id, "archive", Map.of("date", "2026-09-11"));
        assertThat(archived.get("state").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("nextActions")).isEmpty();
        var docs = flow.get(id).get("documents");
        assertThat(docs.size()).isGreaterThanOrEqualTo(7);
        var clocks = flow.get(id).get("clocks");
        assertThat(clocks.toString()).contains("PAYMENT").contains("MET");
        assertThat(flow.refused("officer1", id, "record-payment", Map.of("amountYuan", 1))).contains("第九十一条");
    }

    @Test
    void a_stale_version_is_a_conflict() {
        long id = flow.create(flow.draft("GLF-77-1", LocalDate.of(2026, 9, 2), 102)).get("id").asLong();
        int v = flow.version(id);
        flow.ok("officer1", id, "submit-filing", Map.of("version", v, "date", "2026-09-02"));
        var r = flow.step("head1", id, "approve-filing", Map.of("version", v));
        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void a_returned_step_keeps_its_history() {
        LocalDate act = LocalDate.of(2026, 9, 14);
        long id = flow.investigated("GLF-77-1", act, 103, 1200, Map.of());
        flow.ok("head1", id, "return", Map.of("date", "2026-09-16", "toState", "INVESTIGATION",
                "reason", "证据不足，补充询问笔录"));
        var detail = flow.get(id);
        assertThat(detail.get("state").asString()).isEqualTo("INVESTIGATION");
        var steps = detail.get("steps");
        assertThat(steps.toString()).contains("conclude-investigation").contains("证据不足，补充询问笔录");
        assertThat(steps.get(steps.size() - 1).get("returned").asBoolean()).isTrue();
        var r = flow.step("head1", id, "return", Map.of("toState", "CASE_REVIEW", "reason", "x"));
        assertThat(r.status()).isEqualTo(422);
        // the party applied for officer2's withdrawal (回避, Art. 43): one officer is left, below the two of Art. 42
        flow.ok("head1", id, "recuse-officer", Map.of("date", "2026-09-16", "officerId", flow.officerId("officer2"),
                "reason", "当事人申请回避，经负责人决定"));
        assertThat(flow.refused("officer1", id, "conclude-investigation", Map.of("date", "2026-09-17",
                "penaltyKinds", List.of("FINE"), "amountYuan", 1200))).contains("第四十二条");
        assertThat(flow.step("officer2", id, "record-investigation", Map.of("recordKind", "SITE", "content", "x"))
                .json().get("article").asString()).contains("第四十三条");
    }

    @Test
    void a_minor_first_offence_ends_with_a_no_penalty_decision_and_education_records() {
        LocalDate act = LocalDate.of(2026, 9, 21);
        long id = flow.investigated("GLF-77-1", act, 104, 0, Map.of("outcome", "NO_PENALTY_MINOR",
                "penaltyKinds", List.of()));
        flow.ok("head1", id, "approve-notice", Map.of("date", "2026-09-22"));
        flow.ok("officer1", id, "serve-notice", Map.of("date", "2026-09-22"));
        flow.ok("officer1", id, "waive", Map.of("date", "2026-09-22"));
        flow.ok("officer1", id, "ready-for-decision", Map.of("date", "2026-09-22"));
        assertThat(flow.refused("head1", id, "decide", Map.of("date", "2026-09-23"))).contains("第三十三条");
        flow.ok("head1", id, "decide", Map.of("date", "2026-09-23", "educationRecorded", true,
                "commitmentSigned", true));
        flow.ok("officer1", id, "serve-decision", Map.of("date", "2026-09-23", "serviceMethod", "DIRECT"));
        flow.ok("officer1", id, "close", Map.of("date", "2026-09-24"));
        flow.ok("officer1", id, "archive", Map.of("date", "2026-09-24"));
        assertThat(flow.get(id).get("steps").toString()).contains("免罚审查");
        var docs = flow.get(id).get("documents").toString();
        assertThat(docs).contains("NO_PENALTY_DECISION").contains("EDUCATION_RECORD").contains("COMMITMENT_LETTER");
        assertThat(TestApi.as(port, "officer3").get("/api/cases/" + id).status()).isEqualTo(404);
    }
}
