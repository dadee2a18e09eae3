package org.zhifa.nonsite.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.common.PageResult;
import org.zhifa.nonsite.DeviceKind;

/** Device rows and their reviews. */
@Repository
public class MonitoringDevices {

    static final String COLUMNS = """
            id, code, name, kind, road, stake, direction, longitude, latitude, unit_id, accuracy_class, cert_number,
            cert_date, cert_expiry, published_on, published_where, signage_photo, status, api_key_sha256 is not null as has_key,
            api_key_rotated_at, created_at, created_by, version
            """;

    private final JdbcClient jdbc;

    MonitoringDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Search filter: free text on code/name, road, stake prefix, status. */
    public record Filter(String q, String road, String stake, String status, Long unitId) {
    }

    public Optional<MonitoringDevice> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from nonsite_device where id = :id").param("id", id)
                .query(MonitoringDevices::map).optional();
    }

    public Optional<MonitoringDevice> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from nonsite_device where code = :c").param("c", code)
                .query(MonitoringDevices::map).optional();
    }

    public Optional<MonitoringDevice> findByKeyHash(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from nonsite_device where api_key_sha256 = :h").param("h", sha256)
                .query(MonitoringDevices::map).optional();
    }

    public PageResult<MonitoringDevice> search(Filter f, Set<Long> units, int page, int size) {
        String where = """
                 from nonsite_device where unit_id in (:units)
                  and (cast(:q as text) is null or code ilike :q or name ilike :q)
                  and (cast(:road as text) is null or road ilike :road)
                  and (cast(:stake as text) is null or stake ilike :stake)
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:unit as bigint) is null or unit_id = :unit)
                """;
        var count = jdbc.sql("select count(*)" + where);
        var rows = jdbc.sql("select " + COLUMNS + where + " order by road, stake, code limit :limit offset :offset");
        for (var spec : List.of(count, rows)) {
            spec.param("units", units.isEmpty() ? List.of(-1L) : units)
                    .param("q", like(f.q())).param("road", like(f.road())).param("stake", prefix(f.stake()))
                    .param("status", blank(f.status())).param("unit", f.unitId());
        }
        long total = count.query(Long.class).single();
        List<MonitoringDevice> items = rows.param("limit", size).param("offset", (long) page * size)
                .query(MonitoringDevices::map).list();
        return new PageResult<>(items, total, page, size);
    }

    public List<MonitoringDevice> visible(Set<Long> units) {
        return jdbc.sql("select " + COLUMNS + " from nonsite_device where unit_id in (:units) order by code")
                .param("units", units.isEmpty() ? List.of(-1L) : units).query(MonitoringDevices::map).list();
    }

    long insert(DeviceForm.Valid v, String by) {
        return jdbc.sql("""
                insert into nonsite_device (code, name, kind, road, stake, direction, longitude, latitude, unit_id,
                    accuracy_class, cert_number, cert_date, cert_expiry, signage_photo, created_by)
                values (:code, :name, :kind, :road, :stake, :direction, :lon, :lat, :unit, :acc, :cert, :certDate,
                    :certExpiry, :photo, :by) returning id
                """).params(params(v)).param("by", by).query(Long.class).single();
    }

    void update(long id, DeviceForm.Valid v) {
        int n = jdbc.sql("""
                update nonsite_device set code = :code, name = :name, kind = :kind, road = :road, stake = :stake,
                    direction = :direction, longitude = :lon, latitude = :lat, unit_id = :unit, accuracy_class = :acc,
                    cert_number = :cert, cert_date = :certDate, cert_expiry = :certExpiry, signage_photo = :photo,
                    updated_at = now(), version = version + 1
                where id = :id and version = :version
                """).params(params(v)).param("id", id).param("version", v.version()).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("nonsite_device " + id);
        }
    }

    void publish(long id, LocalDate on, String where, int version) {
        requireOne(jdbc.sql("""
                update nonsite_device set published_on = :on, published_where = :where, updated_at = now(),
                    version = version + 1 where id = :id and version = :version
                """).param("on", on).param("where", where).param("id", id).param("version", version).update(), id);
    }

    void setStatus(long id, MonitoringDevice.DeviceStatus status, int version) {
        requireOne(jdbc.sql("""
                update nonsite_device set status = :s, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """).param("s", status.name()).param("id", id).param("version", version).update(), id);
    }

    void setKey(long id, String sha256) {
        jdbc.sql("""
                update nonsite_device set api_key_sha256 = :h, api_key_rotated_at = now(), updated_at = now(),
                    version = version + 1 where id = :id
                """).param("h", sha256).param("id", id).update();
    }

    long addReview(long deviceId, boolean legal, String reviewer, LocalDate on, boolean passed, String opinion,
            String document, String by) {
        return jdbc.sql("""
                insert into nonsite_device_review (device_id, kind, reviewer, reviewed_on, passed, opinion, document,
                    recorded_by) values (:d, :k, :r, :on, :p, :o, :doc, :by) returning id
                """).param("d", deviceId).param("k", legal ? "LEGAL" : "TECHNICAL").param("r", reviewer)
                .param("on", on).param("p", passed).param("o", opinion).param("doc", document).param("by", by)
                .query(Long.class).single();
    }

    public List<DeviceReview> reviews(long deviceId) {
        return jdbc.sql("""
                select id, device_id, kind, reviewer, reviewed_on, passed, opinion, document, recorded_by, recorded_at
                from nonsite_device_review where device_id = :d order by reviewed_on desc, id desc
                """).param("d", deviceId)
                .query((rs, n) -> new DeviceReview(rs.getLong("id"), rs.getLong("device_id"),
                        "LEGAL".equals(rs.getString("kind")), rs.getString("reviewer"),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getBoolean("passed"), rs.getString("opinion"),
                        rs.getString("document"), rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    private static void requireOne(int n, long id) {
        if (n == 0) {
            throw new OptimisticLockingFailureException("nonsite_device " + id);
        }
    }

    private static java.util.Map<String, Object> params(DeviceForm.Valid v) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", v.code());
        p.put("name", v.name());
        p.put("kind", v.kind().name());
        p.put("road", v.road());
        p.put("stake", v.stake());
        p.put("direction", v.direction());
        p.put("lon", v.longitude());
        p.put("lat", v.latitude());
        p.put("unit", v.unitId());
        p.put("acc", v.accuracyClass());
        p.put("cert", v.certNumber());
        p.put("certDate", v.certDate());
        p.put("certExpiry", v.certExpiry());
        p.put("photo", v.signagePhoto());
        return p;
    }

    static MonitoringDevice map(ResultSet rs, int n) throws SQLException {
        return new MonitoringDevice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                DeviceKind.valueOf(rs.getString("kind")), rs.getString("road"), rs.getString("stake"),
                rs.getString("direction"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"),
                rs.getLong("unit_id"), (Integer) rs.getObject("accuracy_class"), rs.getString("cert_number"),
                rs.getObject("cert_date", LocalDate.class), rs.getObject("cert_expiry", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getString("published_where"),
                rs.getString("signage_photo"), MonitoringDevice.DeviceStatus.valueOf(rs.getString("status")),
                rs.getBoolean("has_key"), instant(rs, "api_key_rotated_at"), instant(rs, "created_at"),
                rs.getString("created_by"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String like(String s) {
        String t = blank(s);
        return t == null ? null : "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String prefix(String s) {
        String t = blank(s);
        return t == null ? null : t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<Long> ids(List<MonitoringDevice> list) {
        List<Long> out = new ArrayList<>(list.size());
        list.forEach(d -> out.add(d.id()));
        return out;
    }
}
