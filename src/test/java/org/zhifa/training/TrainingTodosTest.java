package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The home page's to-do list of training work: an officer's hours short of the annual target and the rotation campaigns
 * they have not attended; a head's units without this year's plan and campaigns their units have not finished.
 */
@ZhifaIntegrationTest
class TrainingTodosTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String waiting(String user) {
        var r = WebSession.login(port, user, TestApi.DEMO_PASSWORD).get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        int done = page.indexOf("id=\"todo-done\"");
        return done < 0 ? page : page.substring(0, done);
    }

    private long officerOf(String username) {
        return jdbc.sql("select o.id from officer o join user_account u on u.id = o.user_id where u.username = ?")
                .param(username).query(Long.class).single();
    }

    private static int year() {
        return LocalDate.now(ChinaTime.ZONE).getYear();
    }

    @Test
    void an_officer_short_of_the_annual_hours_is_told_how_many_are_missing() {
        long officer = officerOf("officer3");
        String link = "/training/ledger/officers/" + officer + "?year=" + year();
        // the demo officer3 has the 60 hours of 方案第2条
        assertThat(waiting("officer3")).doesNotContain(link);
        int changed = jdbc.sql("""
                update training_hours_total set hours = hours - 30
                where officer_id = ? and year = ? and category = 'SKILLS' and hours >= 30""")
                .params(officer, year()).update();
        assertThat(changed).as("officer3 has 30 hours of skills training").isEqualTo(1);
        try {
            String page = waiting("officer3");
            assertThat(page).contains(link).contains("尚缺 30 学时");
            assertThat(waiting("officer1")).doesNotContain(link);
        } finally {
            jdbc.sql("""
                    update training_hours_total set hours = hours + 30
                    where officer_id = ? and year = ? and category = 'SKILLS'""").params(officer, year()).update();
        }
    }

    @Test
    void a_rotation_campaign_waits_for_each_officer_until_they_attend_and_for_the_head_until_all_have() {
        var head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        String title = "待办轮训测试" + System.nanoTime() % 100_000 + "（测试）";
        var created = head.submit("/training/rotations", Map.of("title", title, "deadline",
                LocalDate.of(year(), 12, 31).toString()));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String link = "/training/rotations/" + id;
        assertThat(waiting("officer1")).contains(link).contains(title);
        assertThat(waiting("officer2")).contains(link);
        assertThat(waiting("head1")).contains(link).contains("人未参训");

        var session = TestApi.as(port, "head1").post("/api/training/sessions", Map.of("unitId", 11, "title",
                "轮训场次（测试）", "heldOn", LocalDate.now(ChinaTime.ZONE).toString(), "hours", "4", "category", "LEGAL",
                "form", "CENTRAL_ROTATION", "campaignId", id));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long sessionId = session.json().get("id").asLong();
        var attendance = TestApi.as(port, "head1").put("/api/training/sessions/" + sessionId + "/attendance",
                Map.of("officerIds", List.of(officerOf("officer1"))));
        assertThat(attendance.status()).as(attendance.body()).isEqualTo(200);
        assertThat(waiting("officer1")).doesNotContain(link);
        assertThat(waiting("officer2")).contains(link);
    }

    @Test
    void a_unit_without_this_years_plan_waits_on_its_heads_list() {
        String unit = jdbc.sql("select name from org_unit where id = 11").query(String.class).single();
        String link = "/training/plans?year=" + year();
        // the demo plan of unit 11 is set aside for the test and put back after it
        int moved = jdbc.sql("update training_plan set year = year + 100 where unit_id = 11 and year = ?")
                .param(year()).update();
        try {
            String page = waiting("head1");
            assertThat(page).contains(link).contains(unit).contains("尚未登记 " + year() + " 年度培训计划");
            assertThat(waiting("officer1")).doesNotContain(link);
        } finally {
            if (moved > 0) {
                jdbc.sql("update training_plan set year = year - 100 where unit_id = 11 and year = ?")
                        .param(year() + 100).update();
            }
        }
    }
}
