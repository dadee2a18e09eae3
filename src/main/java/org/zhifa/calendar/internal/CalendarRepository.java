package org.zhifa.calendar.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.calendar.DayKind;
import org.zhifa.common.PageResult;

/** Tables calendar_year and calendar_day (V3__calendar.sql). */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    public CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A loaded year with how many exceptional days of each kind it holds. */
    public record YearRow(int year, String source, String loadedBy, OffsetDateTime loadedAt, String replaceReason,
            int version, int holidays, int adjustedWorkdays, int localHolidays) {
    }

    /** A stored exceptional day. */
    public record DayRow(LocalDate day, DayKind kind, String name, String createdBy, OffsetDateTime createdAt) {
    }

    /** Every loaded year with its days: the input of {@link CalendarRules}. */
    public List<YearSchedule> loadAll() {
        Map<Integer, List<DayException>> days = new HashMap<>();
        jdbc.sql("select day, year, kind, name from calendar_day order by day")
                .query((rs, n) -> {
                    DayException d = new DayException(rs.getObject("day", LocalDate.class),
                            DayKind.valueOf(rs.getString("kind")), rs.getString("name"));
                    days.computeIfAbsent(rs.getInt("year"), k -> new ArrayList<>()).add(d);
                    return d;
                }).list();
        return jdbc.sql("select year, source from calendar_year order by year")
                .query((rs, n) -> YearSchedule.of(rs.getInt("year"), rs.getString("source"),
                        days.getOrDefault(rs.getInt("year"), List.of())))
                .list();
    }

    public List<YearRow> years() {
        return jdbc.sql("""
                select y.year, y.source, y.loaded_by, y.loaded_at, y.replace_reason, y.version,
                       count(*) filter (where d.kind = 'HOLIDAY')          as holidays,
                       count(*) filter (where d.kind = 'ADJUSTED_WORKDAY') as adjusted,
                       count(*) filter (where d.kind = 'LOCAL_HOLIDAY')    as local
                from calendar_year y left join calendar_day d on d.year = y.year
                group by y.year order by y.year desc
                """).query((rs, n) -> new YearRow(rs.getInt("year"), rs.getString("source"),
                        rs.getString("loaded_by"), rs.getObject("loaded_at", OffsetDateTime.class),
                        rs.getString("replace_reason"), rs.getInt("version"), rs.getInt("holidays"),
                        rs.getInt("adjusted"), rs.getInt("local")))
                .list();
    }

    public Optional<YearRow> year(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst();
    }

    /** The exceptional days of a year, filtered by kind and by a text in the name or date, one page at a time. */
    public PageResult<DayRow> days(int year, DayKind kind, String q, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String where = """
                where year = :year
                  and (cast(:kind as varchar) is null or kind = cast(:kind as varchar))
                  and (cast(:q as varchar) is null or name like cast(:q as varchar) or to_char(day, 'YYYY-MM-DD') like cast(:q as varchar))
                """;
        String kindCode = kind == null ? null : kind.name();
        long total = jdbc.sql("select count(*) from calendar_day " + where)
                .param("year", year).param("kind", kindCode).param("q", like)
                .query(Long.class).single();
        List<DayRow> items = jdbc.sql("select day, kind, name, created_by, created_at from calendar_day " + where
                        + " order by day limit :size offset :offset")
                .param("year", year).param("kind", kindCode).param("q", like)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new DayRow(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
        return new PageResult<>(items, total, page, size);
    }

    public void insertYear(int year, String source, String loadedBy) {
        jdbc.sql("insert into calendar_year (year, source, loaded_by) values (:year, :source, :by)")
                .param("year", year).param("source", source).param("by", loadedBy).update();
    }

    /** Replaces the notice of a year: its statutory days are deleted, local holidays are kept. */
    public void replaceYear(int year, int expectedVersion, String source, String loadedBy, String reason) {
        int updated = jdbc.sql("""
                update calendar_year set source = :source, loaded_by = :by, loaded_at = now(),
                       replace_reason = :reason, version = version + 1
                where year = :year and version = :version
                """).param("source", source).param("by", loadedBy).param("reason", reason)
                .param("year", year).param("version", expectedVersion).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("calendar_year " + year);
        }
        jdbc.sql("delete from calendar_day where year = :year and kind in ('HOLIDAY', 'ADJUSTED_WORKDAY')")
                .param("year", year).update();
    }

    public void insertDays(int year, List<DayException> days, String createdBy) {
        for (DayException d : days) {
            jdbc.sql("insert into calendar_day (day, year, kind, name, created_by) values (:day, :year, :kind, :name, :by)")
                    .param("day", d.date()).param("year", year).param("kind", d.kind().name())
                    .param("name", d.name()).param("by", createdBy).update();
        }
    }

    /** Deletes a local holiday; answers whether there was one on that day. */
    public Optional<DayRow> deleteLocalHoliday(LocalDate day) {
        return jdbc.sql("""
                delete from calendar_day where day = :day and kind = 'LOCAL_HOLIDAY'
                returning day, kind, name, created_by, created_at
                """).param("day", day)
                .query((rs, n) -> new DayRow(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }
}
