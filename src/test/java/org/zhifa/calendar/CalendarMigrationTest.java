package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.calendar.internal.CalendarRepository;
import org.zhifa.calendar.internal.CalendarRules;
import org.zhifa.calendar.internal.YearSchedule;

/**
 * The shipped migration holds exactly the 2024–2026 schedules of legal-rules §1: every day of the three years is
 * compared with the independently typed {@link OfficialSchedules}. Runs Flyway on a real embedded PostgreSQL
 * without the application (no login needed).
 */
class CalendarMigrationTest {

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static CalendarRules loaded;

    @BeforeAll
    static void migrate() throws Exception {
        Path dir = Files.createTempDirectory("zhifa-calendar-pg");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("timezone", "Asia/Shanghai").start();
        DataSource ds = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(ds);
        loaded = new CalendarRules(new CalendarRepository(jdbc).loadAll());
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void migration_loads_exactly_the_years_2024_to_2026_with_their_notices() {
        assertThat(loaded.years().keySet()).containsExactly(2024, 2025, 2026);
        assertThat(loaded.years().get(2024).source()).contains("国办发明电〔2023〕7号");
        assertThat(loaded.years().get(2025).source()).contains("国办发明电〔2024〕12号");
        assertThat(loaded.years().get(2026).source()).contains("2026年部分节假日安排");
    }

    @Test
    void every_day_of_2024_to_2026_in_the_migration_matches_the_state_council_schedule() {
        CalendarRules expected = OfficialSchedules.rules();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            assertThat(loaded.kindOf(day)).as(day.toString()).isEqualTo(expected.kindOf(day));
            assertThat(loaded.exceptionOn(day)).as(day.toString()).isEqualTo(expected.exceptionOn(day));
        }
        for (YearSchedule y : OfficialSchedules.schedules()) {
            assertThat(loaded.years().get(y.year()).exceptions()).isEqualTo(y.exceptions());
        }
    }

    @Test
    void the_database_refuses_an_adjusted_working_day_that_is_not_a_weekend() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into calendar_day (day, year, kind, name, created_by)
                values (date '2025-03-05', 2025, 'ADJUSTED_WORKDAY', '错误', 'test')
                """).update()).hasMessageContaining("calendar_day_adjusted_is_weekend");
    }

    @Test
    void the_database_refuses_a_day_filed_under_another_year() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into calendar_day (day, year, kind, name, created_by)
                values (date '2026-03-05', 2025, 'LOCAL_HOLIDAY', '错误', 'test')
                """).update()).hasMessageContaining("calendar_day_in_year");
    }

    @Test
    void days_of_a_year_can_be_searched_by_name_and_kind_and_paged() {
        CalendarRepository repository = new CalendarRepository(jdbc);
        var page = repository.days(2025, DayKind.HOLIDAY, "春节", 0, 5);
        assertThat(page.total()).isEqualTo(8);
        assertThat(page.items()).hasSize(5);
        assertThat(page.hasNext()).isTrue();
        assertThat(repository.days(2025, null, "2025-10", 0, 50).total()).isEqualTo(8 + 1);
        assertThat(repository.days(2025, DayKind.ADJUSTED_WORKDAY, null, 0, 50).total()).isEqualTo(5);
    }

    @Test
    void replacing_a_year_keeps_its_local_holidays_and_checks_the_version() {
        CalendarRepository repository = new CalendarRepository(jdbc);
        repository.insertYear(2030, "测试通知", "test");
        repository.insertDays(2030, List.of(
                new org.zhifa.calendar.internal.DayException(LocalDate.of(2030, 1, 1), DayKind.HOLIDAY, "元旦"),
                new org.zhifa.calendar.internal.DayException(LocalDate.of(2030, 3, 5), DayKind.LOCAL_HOLIDAY, "示例民族节日")),
                "test");
        repository.replaceYear(2030, 0, "更正后的通知", "test", "更正");
        var year = repository.year(2030).orElseThrow();
        assertThat(year.holidays()).isZero();
        assertThat(year.localHolidays()).isEqualTo(1);
        assertThat(year.replaceReason()).isEqualTo("更正");
        assertThatThrownBy(() -> repository.replaceYear(2030, 0, "再次", "test", "过期版本"))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(repository.deleteLocalHoliday(LocalDate.of(2030, 3, 5))).isPresent();
        assertThat(repository.deleteLocalHoliday(LocalDate.of(2030, 3, 5))).isEmpty();
    }

    @Test
    void years_listing_counts_the_days_of_each_kind() {
        List<CalendarRepository.YearRow> years = new CalendarRepository(jdbc).years();
        assertThat(years).extracting(CalendarRepository.YearRow::year).contains(2026, 2025, 2024);
        CalendarRepository.YearRow y2025 = years.stream().filter(y -> y.year() == 2025).findFirst().orElseThrow();
        assertThat(y2025.holidays()).isEqualTo(28);
        assertThat(y2025.adjustedWorkdays()).isEqualTo(5);
    }
}
