package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The calendar API for any logged-in user, on the full application with the shipped schedules. */
@ZhifaIntegrationTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void an_adjusted_saturday_is_reported_as_a_working_day_with_its_name() {
        TestApi.Response r = TestApi.as(port, "officer1").get("/api/calendar/days/2025-10-11");
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("date").asString()).isEqualTo("2025-10-11");
        assertThat(json.get("working").asBoolean()).isTrue();
        assertThat(json.get("kind").asString()).isEqualTo("ADJUSTED_WORKDAY");
        assertThat(json.get("name").asString()).isEqualTo("国庆节、中秋节调休");
    }

    @Test
    void an_ordinary_weekday_has_no_name() {
        JsonNode json = TestApi.as(port, "officer1").get("/api/calendar/days/2025-03-10").json();
        assertThat(json.get("kind").asString()).isEqualTo("WORKDAY");
        assertThat(json.get("working").asBoolean()).isTrue();
        assertThat(json.get("name").isNull()).isTrue();
    }

    @Test
    void seven_working_days_from_2025_09_26_are_due_on_2025_10_13_per_article_85() {
        TestApi.Response r = TestApi.as(port, "officer1").get("/api/calendar/deadline?from=2025-09-26&workingDays=7");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("from").asString()).isEqualTo("2025-09-26");
        assertThat(r.json().get("due").asString()).isEqualTo("2025-10-13");
        assertThat(r.json().get("workingDays").asInt()).isEqualTo(7);
        assertThat(r.json().has("days")).isFalse();
    }

    @Test
    void a_fifteen_day_period_ending_on_a_holiday_rolls_forward() {
        TestApi.Response r = TestApi.as(port, "reviewer1").get("/api/calendar/deadline?from=2025-01-20&days=15");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("due").asString()).isEqualTo("2025-02-05");
        assertThat(r.json().get("days").asInt()).isEqualTo(15);
    }

    @Test
    void deadline_needs_exactly_one_of_working_days_and_days() {
        TestApi api = TestApi.as(port, "officer1");
        TestApi.Response both = api.get("/api/calendar/deadline?from=2025-01-20&days=15&workingDays=3");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("detail").asString()).contains("只填写一个");
        assertThat(api.get("/api/calendar/deadline?from=2025-01-20").status()).isEqualTo(400);
        TestApi.Response negative = api.get("/api/calendar/deadline?from=2025-01-20&workingDays=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("detail").asString()).contains("不能为负数");
    }

    @Test
    void a_date_in_a_year_without_a_schedule_is_answered_422_naming_the_year() {
        TestApi api = TestApi.as(port, "officer1");
        TestApi.Response day = api.get("/api/calendar/days/2027-03-01");
        assertThat(day.status()).isEqualTo(422);
        assertThat(day.contentType()).contains("application/problem+json");
        assertThat(day.json().get("detail").asString()).contains("2027 年");
        assertThat(day.json().get("article").asString()).contains("行政处罚法");
        TestApi.Response crossing = api.get("/api/calendar/deadline?from=2026-12-28&workingDays=7");
        assertThat(crossing.status()).isEqualTo(422);
        assertThat(crossing.json().get("detail").asString()).contains("2027 年");
    }

    @Test
    void loaded_years_are_listed_with_their_source() {
        TestApi.Response r = TestApi.as(port, "officer1").get("/api/calendar/years");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().size()).isGreaterThanOrEqualTo(3);
        assertThat(r.body()).contains("2024", "2025", "2026", "国办发明电〔2024〕12号");
    }

    @Test
    void the_api_needs_a_logged_in_user() {
        assertThat(TestApi.anonymous(port).get("/api/calendar/days/2025-10-11").status()).isIn(401, 403);
    }

    @Test
    void the_calendar_bean_answers_other_modules_from_the_database() {
        assertThat(calendar.addWorkingDays(java.time.LocalDate.of(2025, 9, 26), 7))
                .isEqualTo(java.time.LocalDate.of(2025, 10, 13));
        assertThat(calendar.kindOf(java.time.LocalDate.of(2026, 1, 4))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }
}
