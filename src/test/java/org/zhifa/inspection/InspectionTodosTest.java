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

/** The home page's to-do list of inspection work: drawn tasks, follow-ups of orders to correct, results to publish. */
@ZhifaIntegrationTest
class InspectionTodosTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    InspectionFixtures f;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new InspectionFixtures(port, jdbc);
        today = LocalDate.now(ChinaTime.ZONE);
    }

    private String home(String user) {
        var r = WebSession.login(port, user, TestApi.DEMO_PASSWORD).get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static String waiting(String page) {
        int done = page.indexOf("id=\"todo-done\"");
        return done < 0 ? page : page.substring(0, done);
    }

    @Test
    void a_drawn_task_waits_for_its_assigned_inspectors_only() {
        var plan = f.publishedPlan("待办检查任务（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        long officer1 = f.officerId("officer1");
        Long mine = null;
        Long other = null;
        for (JsonNode t : f.api("head1").get("/api/inspection/draws/" + d.get("id").asLong() + "?size=200").json()
                .get("tasks").get("items")) {
            if (!"ASSIGNED".equals(t.get("status").asString())) {
                continue;
            }
            boolean assigned = t.get("officers").findValues("id").stream().anyMatch(n -> n.asLong() == officer1);
            if (assigned && mine == null) {
                mine = t.get("id").asLong();
            } else if (!assigned && other == null) {
                other = t.get("id").asLong();
            }
        }
        assertThat(mine).as("a task of officer1").isNotNull();
        String page = waiting(home("officer1"));
        assertThat(page).contains("/inspection/tasks/" + mine + "/inspect").contains("双随机检查");
        if (other != null) {
            assertThat(page).doesNotContain("/inspection/tasks/" + other + "/inspect");
        }
        assertThat(home("head1")).doesNotContain("/inspection/tasks/" + mine + "/inspect");
    }

    @Test
    void an_order_to_correct_waits_for_the_follow_up_of_its_inspectors_until_one_is_recorded() {
        long t = f.target("officer1", 11, "FREIGHT_OPERATOR", "C").get("id").asLong();
        Map<String, Object> body = f.inspection(t, today.minusDays(1), "CORRECTION", List.of(f.lines("HX-JC-01").get(1)));
        body.put("correctionRequirement", "待办复查测试：办理道路运输证（测试）");
        body.put("correctionWorkingDays", 5);
        JsonNode i = f.recorded("officer1", body);
        String link = "/inspection/records/" + i.get("id").asLong() + "/follow-up";
        assertThat(waiting(home("officer2"))).contains(link).contains("待办复查测试：办理道路运输证（测试）");
        assertThat(waiting(home("officer1"))).contains(link);
        assertThat(home("officer3")).doesNotContain(link);

        Map<String, Object> followUp = f.inspection(t, today, "NO_PROBLEM", List.of());
        followUp.remove("targetId");
        followUp.remove("itemIds");
        followUp.put("followUpOf", i.get("id").asLong());
        f.recorded("officer2", followUp);
        assertThat(home("officer2")).doesNotContain(link);
        assertThat(home("officer1")).doesNotContain(link);
    }

    @Test
    void results_waiting_for_publication_are_on_the_heads_list_with_their_count() {
        long t = f.target("officer1", 11, "FREIGHT_OPERATOR", "B").get("id").asLong();
        f.recorded("officer1", f.inspection(t, today, "NO_PROBLEM", List.of()));
        long pending = jdbc.sql("""
                select count(*) from inspection where publication_state = 'PENDING' and unit_id in (10, 11)""")
                .query(Long.class).single();
        String head = waiting(home("head1"));
        assertThat(head).contains("href=\"/inspection/publications\"").contains("待公示的检查结果 " + pending + " 条");
        assertThat(home("officer1")).doesNotContain("待公示的检查结果");
    }
}
