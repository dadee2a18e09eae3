package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Inspection pages show an action only when its POST would accept it from this user now. */
@ZhifaIntegrationTest
class InspectionActionButtonsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    InspectionFixtures f;

    @BeforeEach
    void setUp() {
        f = new InspectionFixtures(port, jdbc);
    }

    @Test
    void the_redraw_button_goes_once_a_drawn_object_has_been_inspected_as_the_redraw_would_be_refused() {
        var plan = f.publishedPlan("重新抽取按钮（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        long drawId = d.get("id").asLong();
        var head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        assertThat(head.get("/inspection/draws/" + drawId).body()).contains("/inspection/draws/" + drawId + "/redraw");

        long officer1 = f.officerId("officer1");
        JsonNode task = null;
        for (JsonNode t : f.api("head1").get("/api/inspection/draws/" + drawId + "?size=200").json().get("tasks")
                .get("items")) {
            if ("ASSIGNED".equals(t.get("status").asString())
                    && t.get("officers").findValues("id").stream().anyMatch(n -> n.asLong() == officer1)) {
                task = t;
                break;
            }
        }
        assertThat(task).as("a task of officer1").isNotNull();
        Map<String, Object> body = f.inspection(task.get("targetId").asLong(), LocalDate.now(ChinaTime.ZONE),
                "NO_PROBLEM", List.of());
        body.remove("targetId");
        body.remove("itemIds");
        body.put("taskId", task.get("id").asLong());
        body.put("officerIds", task.get("officers").findValues("id").stream().map(JsonNode::asLong).toList());
        var done = f.api("officer1").post("/api/inspection/inspections", body);
        assertThat(done.status()).as(done.body()).isEqualTo(201);

        assertThat(head.get("/inspection/draws/" + drawId).body()).doesNotContain("/inspection/draws/" + drawId + "/redraw");
        // and the POST the button would send is indeed refused, citing the rule
        var refused = head.submit("/inspection/draws/" + drawId + "/redraw", Map.of("reason", "测试"));
        assertThat(refused.statusCode()).isIn(302, 422);
        assertThat(jdbc.sql("select state from insp_draw where id = ?").param(drawId).query(String.class).single())
                .isEqualTo("DRAWN");
    }

    @Test
    void only_officers_see_the_button_to_record_an_inspection_which_only_officers_may_open() {
        long target = f.target("officer1", 11, "FREIGHT_OPERATOR", "B").get("id").asLong();
        var officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        assertThat(officer.get("/inspection/targets/" + target).body()).contains("id=\"inspect-target\"");
        assertThat(head.get("/inspection/targets/" + target).body()).doesNotContain("id=\"inspect-target\"");
        assertThat(officer.get("/inspection/records/new?targetId=" + target).statusCode()).isEqualTo(200);
        assertThat(head.get("/inspection/records/new?targetId=" + target).statusCode()).isEqualTo(403);
    }
}
