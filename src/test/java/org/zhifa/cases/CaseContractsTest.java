package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.catalog.MatterUsageSource;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.UserDirectory;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The module's public contracts: non-site intake, the party's statement inbox, events, the public procedure. */
@ZhifaIntegrationTest
class CaseContractsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NonSiteCaseIntake intake;
    @Autowired
    PartyStatementInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    MatterUsageSource usage;
    @Autowired
    RecordedCaseEvents events;

    @Test
    void the_procedure_definition_is_public_data_for_the_flowchart() {
        var r = TestApi.anonymous(port).get("/api/public/procedure");
        assertThat(r.status()).isEqualTo(200);
        var ordinary = r.json().get("procedures").get(1);
        assertThat(ordinary.get("name").asString()).isEqualTo("ORDINARY");
        assertThat(ordinary.toString()).contains("法制审核", "《行政处罚法》第五十八条", "TRANSFER_APPROVAL", "CASE_LIMIT");
    }

    @Test
    void a_non_site_record_becomes_a_case_and_the_party_states_online_while_the_window_is_open() {
        long reviewer = users.findByUsername("officer1").orElseThrow().id();
        var draft = intake.createDraft(new NonSiteCaseRequest(11, "CX-43-M", Instant.parse("2026-10-20T02:00:00Z"),
                "G315线 K720+000 东行", "青H7X001", PartyKind.CITIZEN, "非现场车主（测试）", CaseFlow.citizenId(601),
                null, null, "车货总质量 55 吨，超限 6 吨（测试）", List.of(), reviewer, "CLUE-TEST-1"));
        assertThat(draft.noticeNumber()).startsWith("FX11");
        var view = inbox.lookup(draft.noticeNumber(), "青H7X001").orElseThrow();
        assertThat(view.statementOpen()).isFalse();
        assertThat(inbox.lookup(draft.noticeNumber(), "青H0000")).isEmpty();
        assertThatThrownBy(() -> inbox.submit(draft.noticeNumber(), "青H7X001", "不服", "13900000000"))
                .isInstanceOf(RuleViolationException.class);
        var detail = TestApi.as(port, "officer1").get("/api/cases/" + draft.caseId()).json();
        assertThat(detail.get("state").asString()).isEqualTo("REGISTERED");
        assertThat(detail.get("clocks").toString()).contains("FILING_DECISION");
        var flow = new CaseFlow(port, jdbc);
        assertThat(flow.refused("officer1", draft.caseId(), "submit-filing", Map.of())).contains("第四十二条");
        flow.ok("officer1", draft.caseId(), "assign-officer", Map.of("officerId", flow.officerId("officer2")));
        flow.ok("officer1", draft.caseId(), "submit-filing", Map.of());
    }

    @Test
    void decisions_and_closures_are_published_for_publicity_and_non_site() {
        var flow = new CaseFlow(port, jdbc);
        long id = flow.investigated("GLF-77-1", LocalDate.of(2026, 10, 5), 602, 1800, Map.of());
        flow.ok("head1", id, "approve-notice", Map.of("date", "2026-10-06"));
        flow.ok("officer1", id, "serve-notice", Map.of("date", "2026-10-06"));
        flow.ok("officer1", id, "waive", Map.of("date", "2026-10-06"));
        flow.ok("officer1", id, "ready-for-decision", Map.of("date", "2026-10-06"));
        flow.ok("head1", id, "decide", Map.of("date", "2026-10-09"));
        var made = events.received.stream().filter(e -> e instanceof PenaltyDecisionMade d && d.caseId() == id)
                .map(PenaltyDecisionMade.class::cast).findFirst().orElseThrow();
        assertThat(made.conclusion()).isEqualTo("罚款人民币1800元");
        assertThat(made.partyIdNumber()).isEqualTo(CaseFlow.citizenId(602));
        assertThat(made.penaltyDecision()).isTrue();
        flow.ok("officer1", id, "serve-decision", Map.of("date", "2026-10-09", "serviceMethod", "MAIL"));
        flow.ok("officer1", id, "record-payment", Map.of("date", "2026-10-12", "amountYuan", 1800,
                "paymentChannel", "ONLINE", "paymentReference", "E-602"));
        flow.ok("officer1", id, "close", Map.of("date", "2026-10-12"));
        assertThat(events.received).anyMatch(e -> e instanceof CaseClosed c && c.caseId() == id
                && c.violationCodes().contains("GLF-77-1"));
        assertThat(usage.casesPerYear(List.of("M-LZ-01"), 2026, 2026)).isNotNull();
    }
}
