package org.zhifa.nonsite.internal;

import static org.zhifa.nonsite.OverLimitJudge.NOT_MEASURED;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.zhifa.common.ChinaTime;
import org.zhifa.nonsite.NonSiteProperties;

/**
 * Writes detection records. When every record is kept in full (the default) a batch is first COPied straight into
 * the month-partitioned table under a savepoint, and the per device and day counters are added from the batch in one
 * statement: the rows are written once, as fast as the database takes a COPY. Only when that meets a record already
 * stored (a resent batch: unique violation) does it go back to the savepoint and take the general path: COPY into a
 * per-session temporary staging table, then one statement that inserts the new rows (ON CONFLICT DO NOTHING: a resent
 * record is skipped), keeps only keys and hourly counts of compliant passages when so configured, and adds to the
 * counters. Both run in the caller's transaction, so every acknowledged record is in the logged table at commit.
 */
@Repository
public class DetectionStore {

    static final String STAGE = """
            create temp table if not exists nonsite_stage (
                device_id bigint, device_record_id varchar(64), detected_ms bigint, lane smallint, plate varchar(16),
                plate_colour varchar(8), vehicle_type varchar(40), axles smallint, axle_groups varchar(40),
                combination boolean, single_drive_axle boolean, single_tyre_axles smallint, gross_mass_kg integer,
                axle_loads_kg varchar(120), height_mm integer, width_mm integer, length_mm integer, speed_kmh smallint,
                images varchar(2000), video varchar(500), mass_limit_kg integer, tolerance_kg integer,
                excess_kg integer, dims_over smallint, over_limit boolean, usable boolean) on commit delete rows
            """;

    static final String DIRECT = """
            copy nonsite_detection (device_id, device_record_id, detected_at, received_at, lane, plate, plate_colour,
                vehicle_type, axles, axle_groups, combination, single_drive_axle, single_tyre_axles, gross_mass_kg,
                axle_loads_kg, height_mm, width_mm, length_mm, speed_kmh, images, video, mass_limit_kg, tolerance_kg,
                excess_kg, dims_over, over_limit, usable) from stdin
            """;

    static final String DAYS = """
            insert into nonsite_device_day (device_id, day, detections, over_limit)
            select ?, d.day, d.detections, d.over_limit
            from unnest(cast(? as date[]), cast(? as integer[]), cast(? as integer[])) as d(day, detections, over_limit)
            order by d.day
            on conflict (device_id, day) do update set detections = nonsite_device_day.detections + excluded.detections,
                over_limit = nonsite_device_day.over_limit + excluded.over_limit
            """;

    /** SQLSTATE of a unique violation: a record of the batch is stored already. */
    static final String UNIQUE_VIOLATION = "23505";

    static final String MERGE = """
            with s as (
                select device_id, device_record_id, timestamptz 'epoch' + detected_ms * interval '1 millisecond' as detected_at,
                       lane, plate, plate_colour, vehicle_type, axles, axle_groups, combination, single_drive_axle,
                       single_tyre_axles, gross_mass_kg, axle_loads_kg, height_mm, width_mm, length_mm, speed_kmh, images,
                       video, mass_limit_kg, tolerance_kg, excess_kg, dims_over, over_limit, usable
                from nonsite_stage),
            ins as (
                insert into nonsite_detection (device_id, device_record_id, detected_at, received_at, lane, plate,
                    plate_colour, vehicle_type, axles, axle_groups, combination, single_drive_axle, single_tyre_axles,
                    gross_mass_kg, axle_loads_kg, height_mm, width_mm, length_mm, speed_kmh, images, video,
                    mass_limit_kg, tolerance_kg, excess_kg, dims_over, over_limit, usable)
                select device_id, device_record_id, detected_at, cast(? as timestamptz), lane, plate, plate_colour, vehicle_type, axles,
                    axle_groups, combination, single_drive_axle, single_tyre_axles, gross_mass_kg, axle_loads_kg,
                    height_mm, width_mm, length_mm, speed_kmh, images, video, mass_limit_kg, tolerance_kg, excess_kg,
                    dims_over, over_limit, usable
                from s where ? or over_limit
                on conflict do nothing
                returning device_id, device_record_id, detected_at, over_limit, usable),
            keys as (
                insert into nonsite_passage_key (device_id, device_record_id, detected_at)
                select device_id, device_record_id, detected_at from s where not ? and not over_limit
                on conflict do nothing
                returning device_id, device_record_id, detected_at),
            hourly as (
                insert into nonsite_passage_hourly (device_id, hour, passages, mass_sum_kg)
                select k.device_id, date_trunc('hour', k.detected_at), count(*), coalesce(sum(s1.gross_mass_kg), 0)
                from keys k join (select distinct on (device_id, device_record_id, detected_at) * from s) s1
                  using (device_id, device_record_id, detected_at)
                group by 1, 2 order by 1, 2
                on conflict (device_id, hour) do update set passages = nonsite_passage_hourly.passages + excluded.passages,
                    mass_sum_kg = nonsite_passage_hourly.mass_sum_kg + excluded.mass_sum_kg),
            days as (
                insert into nonsite_device_day (device_id, day, detections, over_limit)
                select device_id, (detected_at at time zone 'Asia/Shanghai')::date, count(*), count(*) filter (where over_limit)
                from (select device_id, detected_at, over_limit from ins
                      union all select device_id, detected_at, false from keys) x
                group by 1, 2 order by 1, 2
                on conflict (device_id, day) do update set detections = nonsite_device_day.detections + excluded.detections,
                    over_limit = nonsite_device_day.over_limit + excluded.over_limit)
            select (select count(*) from ins) + (select count(*) from keys) as inserted,
                   (select coalesce(array_agg(device_record_id), '{}') from ins where over_limit) as over_ids
            """;

    private final DataSource dataSource;
    private final NonSiteProperties properties;

    DetectionStore(DataSource dataSource, NonSiteProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** Result of a write: rows new to the database, and the ids of the new over-limit records. */
    public record Written(int inserted, List<String> newOverLimitIds) {
    }

    /**
     * Writes the records of one device received at {@code receivedAt} (epoch milliseconds, from the application
     * clock); call inside a transaction.
     */
    public Written write(long deviceId, List<DetectionRecord> records, long receivedAt) {
        if (records.isEmpty()) {
            return new Written(0, List.of());
        }
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            boolean full = properties.compliantStorage() == NonSiteProperties.CompliantStorage.FULL;
            if (full) {
                Written w = direct(con, deviceId, records, receivedAt);
                if (w != null) {
                    return w;
                }
            }
            return staged(con, deviceId, records, receivedAt, full);
        } catch (SQLException e) {
            throw new IllegalStateException("写入检测记录失败：" + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** COPY straight into the partitioned table; null (and nothing written) when a record is stored already. */
    private Written direct(Connection con, long deviceId, List<DetectionRecord> records, long receivedAt)
            throws SQLException {
        Savepoint before = con.setSavepoint();
        try {
            copy(con, DIRECT, records, (t, r) -> directRow(t, deviceId, r, receivedAt));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                con.rollback(before);
                return null;
            }
            throw e;
        }
        con.releaseSavepoint(before);
        // counters per day of the batch (a batch spans a day or two): one statement
        TreeMap<Long, int[]> days = new TreeMap<>();
        List<String> overIds = new ArrayList<>();
        for (DetectionRecord r : records) {
            int[] c = days.computeIfAbsent(NonSiteClock.epochDay(r.detectedAt), k -> new int[2]);
            c[0]++;
            if (r.overLimit) {
                c[1]++;
                overIds.add(r.recordId);
            }
        }
        Object[] day = new Object[days.size()];
        Object[] detections = new Object[days.size()];
        Object[] over = new Object[days.size()];
        int i = 0;
        for (Map.Entry<Long, int[]> e : days.entrySet()) {
            day[i] = java.sql.Date.valueOf(LocalDate.ofEpochDay(e.getKey()));
            detections[i] = e.getValue()[0];
            over[i] = e.getValue()[1];
            i++;
        }
        try (PreparedStatement ps = con.prepareStatement(DAYS)) {
            ps.setLong(1, deviceId);
            ps.setArray(2, con.createArrayOf("date", day));
            ps.setArray(3, con.createArrayOf("integer", detections));
            ps.setArray(4, con.createArrayOf("integer", over));
            ps.executeUpdate();
        }
        return new Written(records.size(), overIds);
    }

    /** COPY into the temporary staging table, then one statement inserting what is new. */
    private Written staged(Connection con, long deviceId, List<DetectionRecord> records, long receivedAt, boolean full)
            throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute(STAGE);
        }
        copy(con, "copy nonsite_stage from stdin", records, (t, r) -> row(t, deviceId, r));
        try (PreparedStatement ps = con.prepareStatement(MERGE)) {
            ps.setObject(1, OffsetDateTime.ofInstant(Instant.ofEpochMilli(receivedAt), ZoneOffset.UTC));
            ps.setBoolean(2, full);
            ps.setBoolean(3, full);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int inserted = rs.getInt(1);
                Array ids = rs.getArray(2);
                String[] overIds = (String[]) ids.getArray();
                return new Written(inserted, List.of(overIds));
            }
        }
    }

    private static void copy(Connection con, String sql, List<DetectionRecord> records,
            BiConsumer<CopyText, DetectionRecord> row) throws SQLException {
        PGConnection pg = con.unwrap(PGConnection.class);
        CopyIn in = pg.getCopyAPI().copyIn(sql);
        boolean done = false;
        try {
            CopyText t = new CopyText(64 * 1024);
            for (DetectionRecord r : records) {
                row.accept(t, r);
                if (t.length() >= 60 * 1024) {
                    in.writeToCopy(t.bytes(), 0, t.length());
                    t.reset();
                }
            }
            if (t.length() > 0) {
                in.writeToCopy(t.bytes(), 0, t.length());
            }
            in.endCopy();
            done = true;
        } finally {
            if (!done && in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A row of nonsite_detection in the column order of {@link #DIRECT}. */
    static void directRow(CopyText t, long deviceId, DetectionRecord r, long receivedAt) {
        t.num(deviceId).text(r.recordId).timestamp(r.detectedAt).timestamp(receivedAt)
                .numOrNull(r.lane, NOT_MEASURED).text(r.plate);
        rest(t, r);
    }

    static void row(CopyText t, long deviceId, DetectionRecord r) {
        t.num(deviceId).text(r.recordId).num(r.detectedAt).numOrNull(r.lane, NOT_MEASURED).text(r.plate);
        rest(t, r);
    }

    /** The columns from plate_colour on (the same in both layouts). */
    private static void rest(CopyText t, DetectionRecord r) {
        t.text(r.plateColour).text(r.vehicleType).numOrNull(r.axles, NOT_MEASURED).text(r.axleGroups)
                .bool(r.combination).bool(r.singleDriveAxle).num(r.singleTyreAxles)
                .numOrNull(r.grossMassKg, NOT_MEASURED).text(r.axleLoads).numOrNull(r.heightMm, NOT_MEASURED)
                .numOrNull(r.widthMm, NOT_MEASURED).numOrNull(r.lengthMm, NOT_MEASURED)
                .numOrNull(r.speedKmh, NOT_MEASURED).text(r.images).text(r.video);
        if (r.weighed()) {
            t.num(r.massLimitKg).num(r.toleranceKg);
        } else {
            t.nul().nul();
        }
        t.num(r.excessKg).num(r.dimsOver).bool(r.overLimit).bool(r.usable).endRow();
    }

    /** Reads one stored detection for review. */
    public Map<String, Object> find(long deviceId, String recordId, java.time.Instant detectedAt) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = con.prepareStatement("""
                select * from nonsite_detection where device_id = ? and device_record_id = ? and detected_at = ?
                """)) {
            ps.setLong(1, deviceId);
            ps.setString(2, recordId);
            ps.setObject(3, java.time.OffsetDateTime.ofInstant(detectedAt, ChinaTime.ZONE));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Map.of();
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

}
