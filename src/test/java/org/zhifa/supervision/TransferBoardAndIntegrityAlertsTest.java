package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.cases.CaseFlow;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The supervisor's board of criminal transfers (行刑衔接, 国务院令第310号: the head decides within 3 days of the
 * proposal, the case goes to the police within 24 hours of approval, the police's receipt) and the evidence integrity
 * alarms, with cases walked through the cases engine and an alarm raised by the evidence self-audit.
 */
@ZhifaIntegrationTest
class TransferBoardAndIntegrityAlertsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SelfAudit selfAudit;
    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    CaseFlow flow;
    LocalDate today;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
        today = LocalDate.now(ChinaTime.ZONE);
    }

    private long filed(LocalDate day, int n) {
        long id = flow.create(flow.draft("GLF-77-1", day, n)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", on(day, "opinion", "建议立案（测试）"));
        flow.ok("head1", id, "approve-filing", on(day, "opinion", "同意（测试）"));
        return id;
    }

    private JsonNode board(String user) {
        var r = TestApi.as(port, user).get("/api/supervision/alerts");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode transfer(JsonNode board, long caseId) {
        for (JsonNode t : board.get("transfers")) {
            if (t.get("view").get("caseId").asLong() == caseId) {
                return t;
            }
        }
        return null;
    }

    @Test
    void transfer_decision_not_taken_within_3_days_and_missing_police_receipt_show_on_the_board_per_state_council_order_310() {
        // A: proposed six days ago, no decision since: the 3-day decision clock ran out three days ago
        long late = filed(today.minusDays(8), 1601);
        flow.ok("officer1", late, "propose-transfer", on(today.minusDays(6), "facts", "挖掘公路致塌陷，涉嫌破坏交通设施罪（测试）",
                "reason", "涉嫌犯罪，依法移送（测试）"));
        // B: proposed yesterday, reviewed, approved today: handed over within the 24 hours, receipt still awaited
        long timely = filed(today.minusDays(2), 1602);
        flow.ok("officer1", timely, "propose-transfer", on(today.minusDays(1), "facts", "挖掘公路致塌陷，涉嫌破坏交通设施罪（测试）",
                "reason", "涉嫌犯罪，依法移送（测试）"));
        flow.ok("reviewer1", timely, "review-transfer", on(today.minusDays(1), "agree", true, "opinion", "同意移送（测试）"));
        flow.ok("head1", timely, "approve-transfer", on(today, "recipient", "德令哈市公安局（测试）",
                "attachments", List.of(map("name", "涉嫌犯罪案件调查报告（测试）", "pages", 3))));

        JsonNode board = board("supervisor1");
        JsonNode a = transfer(board, late);
        assertThat(a).as("case A on the board").isNotNull();
        assertThat(LocalDate.parse(a.get("view").get("proposedOn").asString())).isEqualTo(today.minusDays(6));
        assertThat(LocalDate.parse(a.get("view").get("decisionClock").get("dueOn").asString()))
                .isEqualTo(today.minusDays(3));
        assertThat(a.get("decisionOverdue").asBoolean()).isTrue();
        assertThat(a.get("view").get("handoverClock").isNull()).isTrue();
        assertThat(a.get("awaitingReceipt").asBoolean()).isFalse();

        JsonNode b = transfer(board, timely);
        assertThat(b.get("decisionOverdue").asBoolean()).isFalse();
        assertThat(LocalDate.parse(b.get("view").get("handoverClock").get("dueOn").asString())).isEqualTo(today.plusDays(1));
        assertThat(b.get("handoverOverdue").asBoolean()).isFalse();
        assertThat(b.get("view").get("recipient").asString()).isEqualTo("德令哈市公安局（测试）");
        assertThat(b.get("awaitingReceipt").asBoolean()).isTrue();

        flow.ok("officer1", timely, "complete-transfer", on(today, "receivedBy", "德令哈市公安局 张警官（测试）"));
        JsonNode received = transfer(board("head1"), timely);
        assertThat(received.get("awaitingReceipt").asBoolean()).isFalse();
        assertThat(received.get("view").get("receivedBy").asString()).contains("张警官");
        assertThat(received.get("handoverOverdue").asBoolean()).isFalse();

        // the page marks the same: the late decision and no overdue handover for B
        String page = TestApi.as(port, "supervisor1").get("/supervision/alerts").body();
        assertThat(page).contains("transfer-board").contains("逾期");
        // a head of another unit does not see Delingha's transfers
        TestAccounts.create(jdbc, encoder, "sv-transfer-head-20", 20, "UNIT_HEAD", true);
        assertThat(transfer(board("sv-transfer-head-20"), late)).isNull();
    }

    private boolean listsAlarm(JsonNode board, long evidenceId) {
        for (JsonNode a : board.get("integrity")) {
            if (a.get("evidenceId").asLong() == evidenceId) {
                return true;
            }
        }
        return false;
    }

    @Test
    void an_evidence_integrity_alarm_of_the_self_audit_is_an_alert_for_the_units_in_scope() throws Exception {
        long caseId = filed(today.minusDays(1), 1603);
        var upload = flow.upload(caseId, "现场录像（预警测试）");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        long evidenceId = jdbc.sql("select evidence_id from evidence_link where target_type = 'CASE' and target_id = ? "
                + "order by evidence_id desc limit 1").param(Long.toString(caseId)).query(Long.class).single();
        assertThat(listsAlarm(board("head1"), evidenceId)).isFalse();

        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(evidenceId)
                .query(String.class).single();
        Path object = dataDir.resolve("evidence/objects").resolve(sm3.substring(0, 2)).resolve(sm3.substring(2, 4))
                .resolve(sm3);
        byte[] original = Files.readAllBytes(object);
        byte[] changed = original.clone();
        changed[0] ^= 0x01;
        Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(object, changed);
        try {
            selfAudit.run("test").orElseThrow();
        } finally {
            Files.write(object, original);
        }
        JsonNode head1 = board("head1");
        assertThat(listsAlarm(head1, evidenceId)).isTrue();
        for (JsonNode a : head1.get("integrity")) {
            if (a.get("evidenceId").asLong() == evidenceId) {
                assertThat(a.get("kind").asString()).isEqualTo("FILE_MODIFIED");
                assertThat(a.get("unitId").asLong()).isEqualTo(11);
            }
        }
        assertThat(listsAlarm(board("supervisor1"), evidenceId)).isTrue();
        TestAccounts.create(jdbc, encoder, "sv-alarm-head-20", 20, "UNIT_HEAD", true);
        assertThat(listsAlarm(board("sv-alarm-head-20"), evidenceId)).isFalse();
        assertThat(TestApi.as(port, "supervisor1").get("/supervision/alerts").body()).contains("证据完整性告警");
    }
}
