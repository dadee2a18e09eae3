package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The complaint cycle after acceptance (方案 31): 转办 to the unit concerned, handling, reply, follow-up call with
 * satisfaction, closure; deadlines per setting; the complainant sees every stage by number and code; the unit the
 * complaint is assigned to sees it.
 */
@ZhifaIntegrationTest
class ComplaintCycleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    WorkingDayCalendar calendar;

    @BeforeEach
    @AfterEach
    void clearRateLimits() {
        jdbc.sql("delete from rate_log").update();
    }

    record Filed(String number, String code, long handlingId) {
    }

    private Filed fileAndAccept(String category, String enterprise) {
        Map<String, Object> form = new HashMap<>(Map.of("category", category, "subject", "投诉办理测试",
                "description", "执法人员检查时未出示证件，态度生硬（测试）。", "contactName", "测试人",
                "contactPhone", "13900002222"));
        if (enterprise != null) {
            form.put("enterpriseName", enterprise);
        }
        var r = TestApi.anonymous(port).post("/api/public/complaints", form);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String number = r.json().get("number").asString();
        TestApi supervisor = TestApi.as(port, "supervisor1");
        JsonNode row = supervisor.get("/api/publicity/complaints?q=" + number).json().get("items").get(0);
        var ack = supervisor.post("/api/publicity/complaints/" + row.get("id").asLong() + "/acknowledge",
                Map.of("version", row.get("version").asInt(), "reply", "已受理"));
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        JsonNode handling = supervisor.get("/api/supervision/complaints?q=" + number).json().get("items").get(0);
        return new Filed(number, r.json().get("code").asString(), handling.get("id").asLong());
    }

    private JsonNode act(String user, long id, Map<String, Object> body) {
        int version = TestApi.as(port, "supervisor1").get("/api/supervision/complaints/" + id).json().get("complaint")
                .get("version").asInt();
        Map<String, Object> b = new HashMap<>(body);
        b.put("version", version);
        var r = TestApi.as(port, user).post("/api/supervision/complaints/" + id + "/stages", b);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void complaintGoesFromAcceptanceThroughAssignmentHandlingReplyAndFollowUpToClosure() {
        Filed f = fileAndAccept("ENFORCEMENT_CONDUCT", null);
        // not assigned yet: head1 does not see it
        assertThat(TestApi.as(port, "head1").get("/api/supervision/complaints/" + f.handlingId()).status())
                .isEqualTo(404);
        act("supervisor1", f.handlingId(), Map.of("stage", "ASSIGNED", "unitId", 11, "internalText", "请德令哈大队核实"));
        // the unit concerned now sees it (publicity's queue stays the bureau's)
        assertThat(TestApi.as(port, "head1").get("/api/supervision/complaints").body()).contains(f.number());
        assertThat(TestApi.as(port, "head1").get("/api/publicity/complaints").status()).isEqualTo(403);
        act("head1", f.handlingId(), Map.of("stage", "HANDLED", "internalText", "调取执法记录仪视频核实，对执法人员批评教育"));
        act("head1", f.handlingId(), Map.of("stage", "REPLIED", "publicText", "经核实，已对相关执法人员批评教育并整改。"));
        act("supervisor1", f.handlingId(), Map.of("stage", "FOLLOWED_UP", "satisfaction", "SATISFIED",
                "internalText", "电话回访，投诉人表示满意"));
        JsonNode closed = act("supervisor1", f.handlingId(), Map.of("stage", "CLOSED"));
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("satisfaction").asString()).isEqualTo("SATISFIED");

        JsonNode status = TestApi.anonymous(port).get("/api/public/complaints/" + f.number() + "?code=" + f.code()).json();
        List<String> stages = new java.util.ArrayList<>();
        status.get("stages").forEach(s -> stages.add(s.get("stage").asString()));
        assertThat(stages).containsExactly("ASSIGNED", "HANDLED", "REPLIED", "FOLLOWED_UP", "CLOSED");
        assertThat(status.toString()).contains("经核实，已对相关执法人员批评教育并整改。").contains("满意度：满意")
                .doesNotContain("调取执法记录仪视频核实");
        assertThat(status.get("statusLabel").asString()).isEqualTo("已办结");
    }

    @Test
    void stagesFollowTheirOrderAndEachNamesItsMissingField() {
        Filed f = fileAndAccept("ENFORCEMENT_CONDUCT", null);
        TestApi supervisor = TestApi.as(port, "supervisor1");
        var early = supervisor.post("/api/supervision/complaints/" + f.handlingId() + "/stages",
                Map.of("version", 0, "stage", "REPLIED", "publicText", "提前答复"));
        assertThat(early.status()).isEqualTo(409);
        var noUnit = supervisor.post("/api/supervision/complaints/" + f.handlingId() + "/stages",
                Map.of("version", 0, "stage", "ASSIGNED", "internalText", "转办"));
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().get("fields").has("unitId")).isTrue();
        act("supervisor1", f.handlingId(), Map.of("stage", "ASSIGNED", "unitId", 21, "internalText", "请格尔木大队核实"));
        // head1 (德令哈) is not the unit concerned
        var other = TestApi.as(port, "head1").post("/api/supervision/complaints/" + f.handlingId() + "/stages",
                Map.of("version", 1, "stage", "HANDLED", "internalText", "越权办理"));
        assertThat(other.status()).isEqualTo(404);
        TestAccounts.create(jdbc, encoder, "sv-head-gem", 20, "UNIT_HEAD", true);
        act("sv-head-gem", f.handlingId(), Map.of("stage", "HANDLED", "internalText", "已核实"));
        act("sv-head-gem", f.handlingId(), Map.of("stage", "REPLIED", "publicText", "已答复"));
        var noSatisfaction = supervisor.post("/api/supervision/complaints/" + f.handlingId() + "/stages",
                Map.of("version", 3, "stage", "FOLLOWED_UP", "internalText", "回访"));
        assertThat(noSatisfaction.status()).isEqualTo(400);
        assertThat(noSatisfaction.json().get("fields").has("satisfaction")).isTrue();
    }

    @Test
    void greenChannelComplaintOfAPrivateEnterpriseHasTheShorterWorkingDayDeadline() {
        Filed green = fileAndAccept("PRIVATE_ENTERPRISE", "某某运输有限公司（测试）");
        Filed ordinary = fileAndAccept("ENFORCEMENT_CONDUCT", null);
        JsonNode g = TestApi.as(port, "supervisor1").get("/api/supervision/complaints/" + green.handlingId()).json()
                .get("complaint");
        JsonNode o = TestApi.as(port, "supervisor1").get("/api/supervision/complaints/" + ordinary.handlingId()).json()
                .get("complaint");
        LocalDate accepted = LocalDate.parse(g.get("acceptedOn").asString());
        assertThat(g.get("greenChannel").asBoolean()).isTrue();
        if (!g.get("dueOn").isNull()) {
            assertThat(LocalDate.parse(g.get("dueOn").asString())).isEqualTo(calendar.addWorkingDays(accepted, 15));
        } else {
            assertThat(g.get("dueNote").asString()).contains("15个工作日");
        }
        if (!o.get("dueOn").isNull()) {
            assertThat(LocalDate.parse(o.get("dueOn").asString())).isEqualTo(calendar.addCalendarDays(accepted, 60));
        } else {
            assertThat(o.get("dueNote").asString()).contains("60日");
        }
    }

    @Test
    void overdueComplaintsAreFlaggedForTheBureau() {
        Filed f = fileAndAccept("ENFORCEMENT_CONDUCT", null);
        jdbc.sql("update complaint_handling set due_on = accepted_on - 1, due_note = null where id = :id")
                .param("id", f.handlingId()).update();
        JsonNode overdue = TestApi.as(port, "supervisor1").get("/api/supervision/complaints?overdue=true&size=100")
                .json();
        assertThat(overdue.toString()).contains(f.number());
        String page = TestApi.as(port, "supervisor1").get("/supervision/complaints").body();
        assertThat(page).contains("已超过办理期限");
    }
}
