package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.cases.CaseFlow.direct;
import static org.zhifa.cases.CaseFlow.on;

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
    void the_procedure_definition_derived_from_the_step_classes_is_public_data_for_the_flowchart() {
        var r = TestApi.anonymous(port).get("/api/public/procedure");
        assertThat(r.status()).isEqualTo(200);
        var ordinary = r.json().get("procedures").get(1);
        assertThat(ordinary.get("name").asString()).isEqualTo("ORDINARY");
        assertThat(ordinary.get("version").asString()).isEqualTo("2021-07-15/2");
        assertThat(ordinary.toString()).contains("法制审核", "《行政处罚法》第五十八条", "TRANSFER_APPROVAL", "CASE_LIMIT",
                "DecideInput", "HEARING_LEGAL_REVIEW", "CLOSURE_APPROVAL");
        var simplified = r.json().get("procedures").get(0);
        assertThat(simplified.toString()).contains("decide-on-the-spot", "CASH_HAND_IN");
    }

    @Test
    void a_non_site_record_becomes_a_case_through_the_engine_and_the_party_states_online_while_the_window_is_open() {
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
        assertThat(detail.get("category").asString()).isEqualTo("HIGHWAY_ADMINISTRATION");
        assertThat(detail.get("clocks").toString()).contains("FILING_DECISION");
        assertThat(detail.get("steps").get(0).get("transition").asString()).isEqualTo("register");
        var flow = new CaseFlow(port, jdbc);
        LocalDate day = LocalDate.now(CaseFlow.ZONE);
        assertThat(flow.refused("officer1", draft.caseId(), "submit-filing", on(day, "opinion", "建议立案")))
                .contains("第四十二条");
        flow.ok("officer1", draft.caseId(), "assign-officer", on(day, "officerId", flow.officerId("officer2")));
        flow.ok("officer1", draft.caseId(), "submit-filing", on(day, "opinion", "建议立案（测试）"));
    }

    @Test
    void decisions_and_closures_are_published_for_publicity_and_non_site() {
        var flow = new CaseFlow(port, jdbc);
        long id = flow.decidedAndServed("GLF-77-1", LocalDate.of(2026, 10, 5), 602, 1800, LocalDate.of(2026, 10, 6),
                LocalDate.of(2026, 10, 9));
        var made = events.received.stream().filter(e -> e instanceof PenaltyDecisionMade d && d.caseId() == id)
                .map(PenaltyDecisionMade.class::cast).findFirst().orElseThrow();
        assertThat(made.conclusion()).isEqualTo("罚款人民币1800元");
        assertThat(made.partyIdNumber()).isEqualTo(CaseFlow.citizenId(602));
        assertThat(made.penaltyDecision()).isTrue();
        LocalDate paid = LocalDate.of(2026, 10, 12);
        flow.ok("officer1", id, "record-payment", on(paid, "amountYuan", 1800, "channel", "ONLINE", "reference", "E-602"));
        flow.ok("officer1", id, "propose-closure", on(paid, "opinion", "已缴清（测试）"));
        assertThat(events.received).noneMatch(e -> e instanceof CaseClosed c && c.caseId() == id);
        flow.ok("head1", id, "approve-closure", on(paid, "opinion", "同意（测试）"));
        assertThat(events.received).anyMatch(e -> e instanceof CaseClosed c && c.caseId() == id
                && c.violationCodes().contains("GLF-77-1") && c.closedOn().equals(paid));
        assertThat(usage.casesPerYear(List.of("M-LZ-01"), 2026, 2026)).isNotNull();
    }

    @Test
    void a_party_statement_online_is_a_step_of_the_case_that_then_needs_its_review() {
        var flow = new CaseFlow(port, jdbc);
        long reviewer = users.findByUsername("officer1").orElseThrow().id();
        var draft = intake.createDraft(new NonSiteCaseRequest(11, "CX-43-M", Instant.now(),
                "G315线 K721+000 东行", "青H7X002", PartyKind.CITIZEN, "非现场车主二（测试）", CaseFlow.citizenId(603),
                null, null, "车货总质量 50 吨，超限 1.5 吨（测试）", List.of(), reviewer, "CLUE-TEST-2"));
        long id = draft.caseId();
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        flow.ok("officer1", id, "assign-officer", on(today, "officerId", flow.officerId("officer2")));
        flow.ok("officer1", id, "submit-filing", on(today, "opinion", "建议立案（测试）"));
        flow.ok("head1", id, "approve-filing", on(today, "opinion", "同意（测试）"));
        flow.ok("officer1", id, "record-inquiry", flow.inquiry(today));
        var conclude = CaseFlow.conclude(today, 500);
        conclude.put("discretionFacts", Map.of("excess_kg", 1500));
        flow.ok("officer1", id, "conclude-investigation", conclude);
        flow.ok("officer1", id, "submit-review", on(today));
        flow.ok("head1", id, "approve-notice", on(today, "opinion", "同意（测试）"));
        flow.ok("officer1", id, "issue-notice", on(today));
        flow.ok("officer1", id, "serve-notice", on(today, "service", direct(today)));
        var receipt = inbox.submit(draft.noticeNumber(), "青H7X002", "我车辆已卸载，请求从轻（测试）", "13900000000");
        assertThat(receipt.receiptNumber()).startsWith("CS");
        var detail = flow.get(id);
        assertThat(detail.get("steps").toString()).contains("party-statement").contains("当事人（在线）");
        assertThat(detail.get("notice").get("statements").get(0).get("online").asBoolean()).isTrue();
        assertThat(flow.refused("officer1", id, "waive-statement", on(today, "form", "WRITTEN", "declaration", "放弃")))
                .contains("第四十五条");
    }
}
