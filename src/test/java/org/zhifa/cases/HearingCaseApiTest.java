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

/**
 * A large fine: hearing (Art. 63–65), legal review (Art. 58), collective discussion (Art. 57), a major decision
 * filed late and flagged (方案 21), acknowledged by the supervision bureau.
 */
@ZhifaIntegrationTest
class HearingCaseApiTest {

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
    void a_large_fine_goes_through_legal_review_hearing_and_collective_discussion_and_is_filed() throws Exception {
        long id = flow.investigated("GLF-77-1", LocalDate.of(2026, 9, 1), 201, 6000,
                Map.of("complexCase", true, "reason", "占用面积大且拒不改正（测试）"));
        assertThat(flow.get(id).get("review").get("legalReviewRequired").asBoolean()).isTrue();
        assertThat(flow.refused("head1", id, "approve-notice", Map.of("date", "2026-09-02"))).contains("第五十八条");
        flow.ok("head1", id, "send-to-legal-review", Map.of("date", "2026-09-02"));
        assertThat(flow.step("officer1", id, "legal-review-agree", Map.of("date", "2026-09-02")).status())
                .isEqualTo(403);
        flow.ok("reviewer1", id, "legal-review-agree", Map.of("date", "2026-09-03", "content", "同意（测试）"));
        assertThat(flow.refused("officer1", id, "serve-notice", Map.of("date", "2026-09-04"))).contains("第六十三条");
        flow.ok("officer1", id, "serve-notice", Map.of("date", "2026-09-04", "hearingRightStated", true));
        assertThat(flow.refused("officer1", id, "ready-for-decision", Map.of("date", "2026-09-04")))
                .contains("第四十五条");
        flow.ok("officer1", id, "request-hearing", Map.of("date", "2026-09-07"));
        long head = flow.officerId("head1");
        assertThat(flow.refused("head1", id, "schedule-hearing", Map.of("date", "2026-09-08",
                "hearingDate", "2026-09-10", "presidingOfficerId", head))).contains("第六十四条");
        assertThat(flow.refused("head1", id, "schedule-hearing", Map.of("date", "2026-09-08",
                "hearingDate", "2026-09-18", "presidingOfficerId", flow.officerId("officer1")))).contains("第六十四条");
        flow.ok("head1", id, "schedule-hearing", Map.of("date", "2026-09-08", "hearingDate", "2026-09-18",
                "presidingOfficerId", head, "content", "周局长"));
        assertThat(flow.refused("head1", id, "to-discussion", Map.of("date", "2026-09-10"))).contains("第六十四条");
        assertThat(flow.refused("head1", id, "record-hearing", Map.of("date", "2026-09-18",
                "content", "当事人称已清理现场（测试）"))).contains("第四十七条");
        flow.uploadRecording(id);
        flow.ok("head1", id, "record-hearing", Map.of("date", "2026-09-18", "content", "当事人称已清理现场（测试）"));
        assertThat(flow.refused("head1", id, "ready-for-decision", Map.of("date", "2026-09-21")))
                .contains("第五十七条");
        flow.ok("head1", id, "to-discussion", Map.of("date", "2026-09-21"));
        flow.ok("head1", id, "record-discussion", Map.of("date", "2026-09-22",
                "attendees", List.of("周局长", "副局长（测试）", "法规科长（测试）"), "content", "一致同意按听证后意见处罚",
                "conclusion", "罚款5000元"));
        assertThat(flow.refused("head1", id, "decide", Map.of("date", "2026-09-23", "amountYuan", 7000)))
                .contains("第四十五条");
        assertThat(flow.refused("head1", id, "decide", Map.of("date", "2026-09-23", "amountYuan", 5000)))
                .contains("第六十五条");
        var decided = flow.ok("head1", id, "decide", Map.of("date", "2026-09-23", "amountYuan", 5000,
                "citesHearingRecord", true));
        assertThat(decided.get("state").asString()).isEqualTo("SERVICE");
        var detail = flow.get(id);
        assertThat(detail.get("decision").get("major").asBoolean()).isTrue();
        assertThat(detail.get("decision").get("deciderName").asString()).isNotBlank();
        assertThat(detail.get("review").get("reviewerName").asString()).isNotBlank();
        assertThat(flow.refused("officer1", id, "serve-decision", Map.of("date", "2026-09-24",
                "serviceMethod", "ELECTRONIC"))).contains("第六十一条");
        flow.ok("officer1", id, "serve-decision", Map.of("date", "2026-09-24", "serviceMethod", "ELECTRONIC",
                "addressConfirmed", true));
        // filed 20 days after the decision: more than 5 working days, flagged as late
        flow.ok("officer1", id, "file-major-decision", Map.of("date", "2026-10-13"));
        var filings = TestApi.as(port, "supervisor1").get("/api/cases/filings").json();
        var line = findCase(filings, id);
        assertThat(line.get("filedLate").asBoolean()).isTrue();
        assertThat(flow.step("head1", id, "acknowledge-filing", Map.of()).status()).isEqualTo(422);
        flow.ok("supervisor1", id, "acknowledge-filing", Map.of());
        assertThat(findCase(TestApi.as(port, "supervisor1").get("/api/cases/filings").json(), id)
                .get("acknowledgedBy").asString()).contains("监督局");
        String docs = flow.get(id).get("documents").toString();
        assertThat(docs).contains("LEGAL_REVIEW_OPINION", "HEARING_NOTICE", "HEARING_RECORD",
                "COLLECTIVE_DISCUSSION_RECORD", "PENALTY_DECISION", "MAJOR_DECISION_FILING_REPORT",
                "MAJOR_DECISION_FILING_FORM", "PROOF_OF_SERVICE");
    }

    private static tools.jackson.databind.JsonNode findCase(tools.jackson.databind.JsonNode list, long id) {
        for (var n : list) {
            if (n.get("caseId").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("case " + id + " not in " + list);
    }
}
