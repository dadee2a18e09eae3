package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Patrols: two eligible officers, findings landing with the unit of the segment, case sources, the daily journal. */
@ZhifaIntegrationTest
class PatrolTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    InspectionFixtures f;
    LocalDate yesterday;

    @BeforeEach
    void setUp() {
        f = new InspectionFixtures(port, jdbc);
        yesterday = LocalDate.now(ChinaTime.ZONE).minusDays(1);
    }

    long segment(long unit, int start) {
        return jdbc.sql("select id from insp_road_segment where road_code = 'G315' and unit_id = :u and start_m = :s")
                .param("u", unit).param("s", start).query(Long.class).single();
    }

    Map<String, Object> patrol(LocalDate day, List<Long> officers) {
        Map<String, Object> b = new HashMap<>();
        b.put("segmentId", segment(11, 2_300_000));
        b.put("patrolDate", day.toString());
        b.put("startTime", "08:30");
        b.put("endTime", "11:45");
        b.put("officerIds", officers);
        b.put("vehicle", "青H·J0001（测试）");
        b.put("summary", "G315 德令哈段路面巡查，路况良好（测试）");
        return b;
    }

    JsonNode recorded(Map<String, Object> body) {
        var r = f.api("officer1").post("/api/patrol/logs", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    List<Long> pair() {
        return List.of(f.officerId("officer1"), f.officerId("officer2"));
    }

    @Test
    void two_inspectors_a_patrol_needs_two_officers() {
        var r = f.api("officer1").post("/api/patrol/logs", patrol(yesterday, List.of(f.officerId("officer1"))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("article").asString()).contains("第四十二条");
    }

    @Test
    void eligibility_on_the_patrol_date() {
        long expired = f.officer("巡查到期测试", yesterday.minusYears(2), yesterday.minusDays(1));
        var r = f.api("officer1").post("/api/patrol/logs", patrol(yesterday, List.of(f.officerId("officer1"), expired)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("巡查到期测试", yesterday.toString());
    }

    @Test
    void a_finding_lands_with_the_unit_of_the_segment_and_on_a_shared_segment_the_officer_chooses() {
        long p = recorded(patrol(yesterday, pair())).get("id").asLong();
        var own = f.api("officer1").post("/api/patrol/logs/" + p + "/findings", Map.of("foundTime", "09:15",
                "roadCode", "G315", "stake", "K2350+200", "description", "路肩堆放砂石（测试）"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("jurisdictionUnitId").asLong()).isEqualTo(11);
        var shared = f.api("officer1").post("/api/patrol/logs/" + p + "/findings", Map.of("foundTime", "10:00",
                "roadCode", "G315", "stake", "K2400+100", "description", "交界路段护栏损坏（测试）"));
        assertThat(shared.status()).isEqualTo(400);
        assertThat(shared.json().get("fields").get("jurisdictionUnitId").asString()).contains("共同管辖");
        var chosen = f.api("officer1").post("/api/patrol/logs/" + p + "/findings", Map.of("foundTime", "10:00",
                "roadCode", "G315", "stake", "K2400+100", "jurisdictionUnitId", 21, "description", "交界路段护栏损坏（测试）"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
        assertThat(chosen.json().get("jurisdictionUnitName").asString()).contains("格尔木");
        var outside = f.api("officer1").post("/api/patrol/logs/" + p + "/findings", Map.of("foundTime", "13:00",
                "roadCode", "G315", "stake", "K2350+200", "description", "巡查结束后的发现（测试）"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("fields").get("foundTime").asString()).contains("巡查时间内");
    }

    @Test
    void a_finding_with_photos_becomes_a_case_source_of_the_unit_with_jurisdiction() {
        long p = recorded(patrol(yesterday, pair())).get("id").asLong();
        String png = InspectionFixtures.SIGNATURE.substring("data:image/png;base64,".length());
        var finding = f.api("officer1").post("/api/patrol/logs/" + p + "/findings", Map.of("foundTime", "09:40",
                "roadCode", "G315", "stake", "K2360+000", "description", "车辆遗洒砂石污染路面（测试）",
                "partyName", "测试驾驶员", "partyKind", "CITIZEN", "plateNumber", InspectionFixtures.plate(),
                "attachments", List.of(Map.of("fileName", "finding.png", "mediaType", "image/png", "contentBase64", png))));
        assertThat(finding.status()).as(finding.body()).isEqualTo(201);
        long id = finding.json().get("id").asLong();
        assertThat(finding.json().get("evidenceIds")).hasSize(1);
        var noFacts = f.api("officer1").post("/api/patrol/findings/" + id + "/case-source", Map.of("violationCode", "GLAQ-69"));
        assertThat(noFacts.status()).isEqualTo(400);
        var c = f.api("officer1").post("/api/patrol/findings/" + id + "/case-source", Map.of("violationCode", "GLAQ-69",
                "facts", "车辆装载物遗洒造成路面污染（测试）"));
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        long caseId = c.json().get("caseId").asLong();
        assertThat(jdbc.sql("select source_reference from case_inspection_source where case_id = :c").param("c", caseId)
                .query(String.class).single()).isEqualTo("PATROL-FINDING:" + id);
        assertThat(jdbc.sql("select unit_id from penalty_case where id = :c").param("c", caseId).query(Long.class)
                .single()).isEqualTo(11);
        assertThat(f.api("officer1").post("/api/patrol/findings/" + id + "/case-source", Map.of("violationCode",
                "GLAQ-69", "facts", "再次（测试）")).status()).isEqualTo(422);
    }

    @Test
    void the_daily_journal_lists_the_patrols_and_the_scheduled_ones_not_patrolled() {
        LocalDate day = yesterday;
        var s = f.api("head1").post("/api/patrol/schedules", Map.of("segmentId", segment(11, 2_300_000),
                "weekdays", List.of(day.getDayOfWeek().getValue()), "shift", "14:00—17:00（测试）",
                "validFrom", day.minusDays(7).toString()));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long schedule = s.json().get("id").asLong();
        var before = f.api("officer1").get("/api/patrol/journal?unitId=11&date=" + day).json();
        assertThat(before.get("missed").findValues("id").stream().map(JsonNode::asLong)).contains(schedule);
        Map<String, Object> body = patrol(day, pair());
        body.put("scheduleId", schedule);
        recorded(body);
        var after = f.api("officer1").get("/api/patrol/journal?unitId=11&date=" + day).json();
        assertThat(after.get("missed").findValues("id").stream().map(JsonNode::asLong)).doesNotContain(schedule);
        assertThat(after.get("entries").size()).isPositive();
        var x = f.api("officer1").get("/api/patrol/journal.xlsx?unitId=11&date=" + day);
        assertThat(x.status()).isEqualTo(200);
        assertThat(f.api("officer3").get("/api/patrol/journal?unitId=11&date=" + day).status()).isEqualTo(404);
    }

    @Test
    void the_patrol_ledger_pages_by_keyset_and_statistics_count_patrols() {
        for (int k = 0; k < 3; k++) {
            recorded(patrol(yesterday.minusDays(k + 1), pair()));
        }
        var first = f.api("officer1").get("/api/patrol/logs?size=2").json();
        assertThat(first.get("items")).hasSize(2);
        var second = f.api("officer1").get("/api/patrol/logs?size=2&cursor=" + first.get("next").asString()).json();
        assertThat(second.get("items").get(0).get("id").asLong())
                .isNotEqualTo(first.get("items").get(1).get("id").asLong());
        assertThat(f.api("officer1").get("/api/patrol/logs/export.xlsx").status()).isEqualTo(200);
        var stats = f.api("head1").get("/api/inspection/statistics?from=" + yesterday.minusDays(3) + "&to=" + yesterday)
                .json();
        boolean found = false;
        for (JsonNode u : stats) {
            if (u.get("unitId").asLong() == 11) {
                assertThat(u.get("patrols").asLong()).isGreaterThanOrEqualTo(3);
                found = true;
            }
        }
        assertThat(found).isTrue();
    }
}
