package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.nonsite.NonSiteFixtures.push;
import static org.zhifa.nonsite.NonSiteFixtures.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.CaseClosed;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.NonSiteCaseIntake;
import org.zhifa.testsupport.Eventually;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

@ZhifaIntegrationTest
class NonSiteReviewTest {

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    ObjectProvider<NonSiteCaseIntake> intake;

    private static final Instant AT = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void the_judge_api_answers_the_issue_example_exactly() {
        var r = TestApi.as(port, "officer1").post("/api/nonsite/judge", """
                {"axles": 6, "combination": true, "singleDriveAxle": false, "singleTyreNonDriveAxles": 0,
                 "grossMassKg": 55000, "heightM": 4.0, "widthM": 2.5, "lengthM": 18.0, "toleranceKg": 0}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var j = r.json();
        assertThat(j.propertyNames()).containsExactly("overLimit", "massLimitKg", "excessKg", "dimensionsOver", "penalty", "articles");
        assertThat(j.get("overLimit").asBoolean()).isTrue();
        assertThat(j.get("massLimitKg").asInt()).isEqualTo(49_000);
        assertThat(j.get("excessKg").asInt()).isEqualTo(6_000);
        assertThat(j.get("dimensionsOver").isEmpty()).isTrue();
        assertThat(j.get("penalty").toString()).isEqualTo("{\"warning\":false,\"minYuan\":3000,\"maxYuan\":3000}");
        assertThat(j.get("articles").toString()).contains("第四十三条").contains("第三条第一款第（八）项");
    }

    @Test
    void the_judge_api_refuses_bad_input_with_a_chinese_reason() {
        var r = TestApi.as(port, "officer1").post("/api/nonsite/judge", Map.of("axles", 1, "grossMassKg", 10_000));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("轴数");
    }

    @Test
    void a_clue_is_rejected_with_a_reason_and_cannot_be_reviewed_twice() {
        var d = NonSiteFixtures.usableWim(port);
        String plate = "青H7" + String.format("%04d", System.nanoTime() % 10_000);
        push(port, d.apiKey(), "[" + record("rj1", AT, plate, 6, 60_000) + "]");
        long id = jdbc.sql("select id from nonsite_clue where plate = :p").param("p", plate).query(Long.class).single();
        var officer = TestApi.as(port, "officer1");
        assertThat(officer.post("/api/nonsite/clues/" + id + "/reject", Map.of("version", 0, "reason", " ")).status()).isEqualTo(400);
        var r = officer.post("/api/nonsite/clues/" + id + "/reject", Map.of("version", 0, "reason", "车牌识别错误"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("REJECTED");
        var again = officer.post("/api/nonsite/clues/" + id + "/reject", Map.of("version", 1, "reason", "再次"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("article").asString()).contains("第四十一条");
    }

    @Test
    void confirming_needs_the_owner_from_the_vehicle_directory_and_the_cases_module() {
        var d = NonSiteFixtures.usableWim(port);
        String plate = "青H8" + String.format("%04d", System.nanoTime() % 10_000);
        push(port, d.apiKey(), "[" + record("cf1", AT, plate, 6, 62_000) + "]");
        long id = jdbc.sql("select id from nonsite_clue where plate = :p").param("p", plate).query(Long.class).single();
        var officer = TestApi.as(port, "officer1");
        var unknown = officer.post("/api/nonsite/clues/" + id + "/confirm", Map.of("version", 0));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("detail").asString()).contains("车辆登记信息");

        var imported = NonSiteFixtures.upload(port, "officer1", "/nonsite/vehicles", "v.csv",
                "plate,plateColour,ownerKind,ownerName,ownerIdNumber,address,phone,enterpriseName,enterpriseCode\n"
                        + plate + ",黄,公民,张某（虚构）,630102199001011234,青海省德令哈市示例路1号,13800000000,,\n"
                        + "bad,黄,外星人,某,,,,,\n");
        assertThat(imported.status()).isIn(200, 302);
        String stored = jdbc.sql("select owner_id_enc from nonsite_vehicle where plate = :p").param("p", plate)
                .query(String.class).single();
        assertThat(stored).doesNotContain("630102").isNotBlank();

        var view = officer.get("/api/nonsite/clues/" + id);
        assertThat(view.json().get("ownerIdMasked").asString()).isEqualTo("6301**********1234");
        var confirm = officer.post("/api/nonsite/clues/" + id + "/confirm", Map.of("version", 0));
        if (intake.getIfAvailable() == null) {
            assertThat(confirm.status()).isEqualTo(422);
            assertThat(confirm.json().get("detail").asString()).contains("案件办理模块尚未启用");
            assertThat(jdbc.sql("select status from nonsite_clue where id = :id").param("id", id).query(String.class).single())
                    .isEqualTo("PENDING");
        } else {
            assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
            assertThat(confirm.json().get("noticeNumber").asString()).isNotBlank();
            assertThat(jdbc.sql("select count(*) from nonsite_evidence_package where clue_id = :id").param("id", id)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void an_auxiliary_cannot_review_clues() {
        assertThat(TestApi.as(port, "aux1").get("/api/nonsite/clues").status()).isEqualTo(403);
    }

    @Test
    void closing_a_non_site_case_starts_the_7_working_day_clock_for_the_home_authority() {
        long caseId = 900_000_000L + System.nanoTime() % 1_000_000;
        LocalDate closed = LocalDate.of(2025, 9, 26);
        // the closure is announced by the closing transaction; the clock starts after it commits
        transactions.executeWithoutResult(t -> events.publishEvent(new CaseClosed(caseId, "德交执罚〔2025〕9号", 11, closed,
                "NONSITE", "青H99999", Set.of("M-CX-01"), Set.of("CX-43-M"), DecisionOutcome.PENALTY)));
        Eventually.holds(() -> {
            LocalDate due = jdbc.sql("select due_on from nonsite_home_notice where case_id = :c").param("c", caseId)
                    .query(LocalDate.class).single();
            assertThat(due).isEqualTo(calendar.addWorkingDays(closed, 7)).isAfter(LocalDate.of(2025, 10, 8));
        });
    }

    @Test
    void the_public_list_shows_published_locations_without_login() {
        var d = NonSiteFixtures.usableWim(port);
        var r = TestApi.anonymous(port).get("/api/public/nonsite/devices?road=G315");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains(d.code());
        assertThat(r.body()).doesNotContain("apiKey").doesNotContain("api_key");
    }

    @Test
    void the_clue_screen_shows_beijing_time_even_for_an_early_morning_record() {
        var d = NonSiteFixtures.usableWim(port);
        // 02:17:05 Beijing time yesterday is still the day before in UTC (18:17:05)
        Instant early = LocalDate.now(org.zhifa.common.ChinaTime.ZONE).minusDays(1).atTime(2, 17, 5)
                .atZone(org.zhifa.common.ChinaTime.ZONE).toInstant();
        String plate = "青H8" + String.format("%04d", System.nanoTime() % 10_000);
        push(port, d.apiKey(), "[" + record("bj1", early, plate, 6, 63_000) + "]");
        long clue = jdbc.sql("select id from nonsite_clue where plate = :p").param("p", plate).query(Long.class).single();
        String page = NonSiteFixtures.page(port, "officer1", "/nonsite/clues?id=" + clue).body();
        LocalDate day = LocalDate.now(org.zhifa.common.ChinaTime.ZONE).minusDays(1);
        String beijing = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日 02:17";
        assertThat(page).contains(beijing + ":05").contains(beijing).doesNotContain("18:17");
    }

    @Test
    void every_page_of_the_module_renders() {
        var d = NonSiteFixtures.usableWim(port);
        String plate = "青H9" + String.format("%04d", System.nanoTime() % 10_000);
        push(port, d.apiKey(), "[" + record("pg1", AT, plate, 6, 63_000) + "]");
        long clue = jdbc.sql("select id from nonsite_clue where plate = :p").param("p", plate).query(Long.class).single();
        var cluePage = NonSiteFixtures.page(port, "officer1", "/nonsite/clues?id=" + clue);
        assertThat(cluePage.status()).as(cluePage.body()).isEqualTo(200);
        assertThat(cluePage.body()).contains(plate).contains("/img/a.jpg").contains("3.9 / 2.5 / 17.5");
        for (String path : new String[] {"/nonsite/devices", "/nonsite/devices?road=G315&stake=K2", "/nonsite/devices/new",
            "/nonsite/devices/" + d.id(), "/nonsite/devices/" + d.id() + "/edit", "/nonsite/clues", "/nonsite/stats",
            "/nonsite/vehicles", "/nonsite/watch", "/nonsite/judge?axles=6&combination=true&grossMassKg=55000&heightM=4.6"}) {
            var r = NonSiteFixtures.page(port, "officer1", path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
            assertThat(r.body()).as(path).contains("</main>");
        }
        var pub = TestApi.anonymous(port).get("/public/nonsite/devices");
        assertThat(pub.status()).isEqualTo(200);
        assertThat(NonSiteFixtures.page(port, "officer1", "/nonsite/judge?axles=6&combination=true&grossMassKg=55000").body())
                .contains("罚款 3000—3000 元");
    }

    @Test
    void a_csv_upload_of_records_uses_the_same_pipeline() {
        var d = NonSiteFixtures.usableWim(port);
        String csv = "recordId,detectedAt,plate,plateColour,axles,combination,grossMassKg,axleLoadsKg,heightM\n"
                + "c1," + AT + ",青H11111,黄,2,false,15000,7000;8000,3.5\n"
                + "c2,not-a-time,青H11112,黄,2,false,15000,,\n"
                + "c3," + AT + ",青H11113,黄,6,true,70000,,\n";
        var r = NonSiteFixtures.upload(port, "officer1", "/api/nonsite/devices/" + d.id() + "/records.csv", "r.csv", csv);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(r.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(r.json().get("cluesOpened").asInt()).isEqualTo(1);
    }
}
