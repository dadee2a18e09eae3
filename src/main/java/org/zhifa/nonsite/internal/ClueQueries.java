package org.zhifa.nonsite.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.common.PageResult;

/** Reads of clues and of their detection records (partition-pruned by detection time). */
@Repository
public class ClueQueries {

    static final String CLUE = """
            select c.id, c.unit_id, c.device_id, d.code as device_code, d.road || ' ' || d.stake || ' ' || d.direction as place,
                   c.device_record_id, c.detected_at, c.plate, c.plate_colour, c.first_detected_at, c.last_detected_at,
                   c.detections, c.gross_mass_kg, c.mass_limit_kg, c.excess_kg, c.dims_over, c.status, c.reviewer_name,
                   c.reviewed_at, c.review_reason, c.case_id, c.notice_number, c.version
            from nonsite_clue c join nonsite_device d on d.id = c.device_id
            """;

    private final JdbcClient jdbc;

    ClueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filter of the queue. */
    public record Filter(Clue.Status status, String plate, Long deviceId, LocalDate from, LocalDate to) {
    }

    public PageResult<Clue> search(Filter f, Set<Long> units, int page, int size) {
        String where = """
                 where c.unit_id in (:units) and (cast(:status as text) is null or c.status = :status)
                   and (cast(:plate as text) is null or c.plate like :plate)
                   and (cast(:device as bigint) is null or c.device_id = :device)
                   and (cast(:from as date) is null or c.first_detected_at >= cast(:from as date))
                   and (cast(:to as date) is null or c.first_detected_at < cast(:to as date) + 1)
                """;
        var count = jdbc.sql("select count(*) from nonsite_clue c" + where);
        var rows = jdbc.sql(CLUE + where + " order by c.first_detected_at, c.id limit :limit offset :offset");
        for (var s : List.of(count, rows)) {
            s.param("units", units.isEmpty() ? List.of(-1L) : units)
                    .param("status", f.status() == null ? null : f.status().name())
                    .param("plate", f.plate() == null || f.plate().isBlank() ? null : "%" + f.plate().strip() + "%")
                    .param("device", f.deviceId()).param("from", f.from()).param("to", f.to());
        }
        long total = count.query(Long.class).single();
        return new PageResult<>(rows.param("limit", size).param("offset", (long) page * size).query(ClueQueries::clue).list(),
                total, page, size);
    }

    public Optional<Clue> find(long id) {
        return jdbc.sql(CLUE + " where c.id = :id").param("id", id).query(ClueQueries::clue).optional();
    }

    public Optional<Detection> detection(long deviceId, String recordId, Instant at) {
        return jdbc.sql("""
                select * from nonsite_detection where device_id = :d and device_record_id = :r and detected_at = :t
                """).param("d", deviceId).param("r", recordId).param("t", Timestamp.from(at))
                .query(ClueQueries::detection).optional();
    }

    /** The detections linked to a clue, heaviest first. */
    public List<Detection> linked(long clueId) {
        return jdbc.sql("""
                select x.* from nonsite_clue_detection l
                join nonsite_detection x on x.device_id = l.device_id and x.device_record_id = l.device_record_id
                    and x.detected_at = l.detected_at
                where l.clue_id = :c order by x.gross_mass_kg desc nulls last, x.detected_at
                """).param("c", clueId).query(ClueQueries::detection).list();
    }

    static Clue clue(ResultSet rs, int n) throws SQLException {
        return new Clue(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("device_id"), rs.getString("device_code"),
                rs.getString("place"), rs.getString("device_record_id"), MonitoringDevices.instant(rs, "detected_at"),
                rs.getString("plate"), rs.getString("plate_colour"), MonitoringDevices.instant(rs, "first_detected_at"),
                MonitoringDevices.instant(rs, "last_detected_at"), rs.getInt("detections"),
                (Integer) rs.getObject("gross_mass_kg"), (Integer) rs.getObject("mass_limit_kg"), rs.getInt("excess_kg"),
                rs.getInt("dims_over"), Clue.Status.valueOf(rs.getString("status")), rs.getString("reviewer_name"),
                MonitoringDevices.instant(rs, "reviewed_at"), rs.getString("review_reason"),
                (Long) rs.getObject("case_id"), rs.getString("notice_number"), rs.getInt("version"));
    }

    static Detection detection(ResultSet rs, int n) throws SQLException {
        String images = rs.getString("images");
        return new Detection(rs.getLong("device_id"), rs.getString("device_record_id"),
                MonitoringDevices.instant(rs, "detected_at"), MonitoringDevices.instant(rs, "received_at"),
                shortOrNull(rs, "lane"), rs.getString("plate"), rs.getString("plate_colour"), rs.getString("vehicle_type"),
                shortOrNull(rs, "axles"), rs.getString("axle_groups"), rs.getBoolean("combination"),
                rs.getBoolean("single_drive_axle"), rs.getInt("single_tyre_axles"), (Integer) rs.getObject("gross_mass_kg"),
                rs.getString("axle_loads_kg"), (Integer) rs.getObject("height_mm"), (Integer) rs.getObject("width_mm"),
                (Integer) rs.getObject("length_mm"), shortOrNull(rs, "speed_kmh"),
                images == null ? List.of() : Arrays.asList(images.split("\n")), rs.getString("video"),
                (Integer) rs.getObject("mass_limit_kg"), (Integer) rs.getObject("tolerance_kg"), rs.getInt("excess_kg"),
                rs.getInt("dims_over"), rs.getBoolean("over_limit"), rs.getBoolean("usable"));
    }

    private static Integer shortOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
