package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Supervision alerts across units, each within the viewer's data scope. */
@ZhifaIntegrationTest
class SupervisionAlertsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ClosedCaseFixture cases;
    Long device;

    @AfterEach
    void cleanUp() {
        if (cases != null) {
            cases.removeAll();
        }
        if (device != null) {
            jdbc.sql("delete from nonsite_device_day where device_id = :d").param("d", device).update();
            jdbc.sql("delete from nonsite_device where id = :d").param("d", device).update();
        }
    }

    private long openCase(LocalDate lastStep) {
        long officer1 = jdbc.sql("select id from user_account where username = 'officer1'").query(Long.class).single();
        long id = cases.add(1, 11, "ORDINARY", "INSPECTION", null, LocalDate.of(2017, 3, 1), officer1).get(0);
        jdbc.sql("update penalty_case set state = 'LEGAL_REVIEW', closed_on = null, outcome = null, last_step_on = :d "
                + "where id = :id").param("d", lastStep).param("id", id).update();
        return id;
    }

    private JsonNode board(String user) {
        var r = TestApi.as(port, user).get("/api/supervision/alerts");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static boolean lists(JsonNode list, long caseId) {
        for (JsonNode a : list) {
            if (a.get("caseId").asLong() == caseId) {
                return true;
            }
        }
        return false;
    }

    @Test
    void overdueClockCaseWithoutStepAndRepeatedLegalReviewReturnsAreAlertsForTheUnitsInScope() {
        cases = new ClosedCaseFixture(jdbc);
        LocalDate today = LocalDate.now(org.zhifa.common.ChinaTime.ZONE);
        long id = openCase(today.minusDays(45));
        jdbc.sql("""
                insert into case_clock (case_id, kind, basis, started_on, due_on, state)
                values (:id, 'CASE_LIMIT', '《行政处罚法》第六十条', :start, :due, 'RUNNING')""").param("id", id)
                .param("start", today.minusDays(100)).param("due", today.minusDays(10)).update();
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    insert into case_step (case_id, transition, label, from_state, to_state, acted_on, reason, entered_at)
                    values (:id, 'return', '退回', 'LEGAL_REVIEW', 'INVESTIGATION_CONCLUDED', :on, '证据不足（测试）', now())""")
                    .param("id", id).param("on", today.minusDays(60 - i)).update();
        }
        JsonNode head1 = board("head1");
        assertThat(lists(head1.get("overdueClocks"), id)).isTrue();
        assertThat(lists(head1.get("stale"), id)).isTrue();
        assertThat(lists(head1.get("repeatedReturns"), id)).isTrue();
        assertThat(lists(board("supervisor1").get("overdueClocks"), id)).isTrue();
        TestAccounts.create(jdbc, encoder, "sv-alert-head-20", 20, "UNIT_HEAD", true);
        JsonNode other = board("sv-alert-head-20");
        assertThat(lists(other.get("overdueClocks"), id)).isFalse();
        assertThat(lists(other.get("stale"), id)).isFalse();
        assertThat(TestApi.as(port, "officer1").get("/api/supervision/alerts").status()).isEqualTo(403);
    }

    @Test
    void nonSiteDevicePastItsVerificationDateStillSendingIsAnAlert() {
        LocalDate today = LocalDate.now(org.zhifa.common.ChinaTime.ZONE);
        device = jdbc.sql("""
                insert into nonsite_device (code, name, kind, road, stake, direction, unit_id, cert_number, cert_date,
                    cert_expiry, created_by)
                values ('SV-TEST-1', '检定过期测试设备', 'WIM', 'G315', 'K100+000', '东向', 11, 'JD-TEST', :certDate,
                    :expiry, 'test') returning id""").param("certDate", today.minusYears(1).minusDays(20))
                .param("expiry", today.minusDays(20)).query(Long.class).single();
        jdbc.sql("insert into nonsite_device_day (device_id, day, detections, over_limit) values (:d, :day, 37, 2)")
                .param("d", device).param("day", today.minusDays(3)).update();
        JsonNode devices = board("head1").get("devices");
        List<String> codes = new java.util.ArrayList<>();
        devices.forEach(d -> codes.add(d.get("code").asString() + "/" + d.get("detectionsSince").asLong()));
        assertThat(codes).contains("SV-TEST-1/37");
    }
}
