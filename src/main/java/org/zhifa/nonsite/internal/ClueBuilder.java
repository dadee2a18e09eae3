package org.zhifa.nonsite.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.nonsite.NonSiteProperties;

/**
 * Turns new over-limit records of usable devices into clues. Detections of one vehicle within the same-event window
 * (default 24 h) are one over-limit event: they join one clue, which keeps the heaviest record as its lead while it
 * awaits review and links the others. Runs in the ingest transaction; a per-plate advisory lock keeps two batches
 * (two devices on one trip) from opening two clues for one event.
 */
@Component
public class ClueBuilder {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NonSiteProperties properties;

    ClueBuilder(JdbcClient jdbc, JdbcTemplate template, NonSiteProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.properties = properties;
    }

    private static final class Open {
        Long id;
        long unitId;
        long deviceId;
        String recordId;
        long detectedAt;
        String plate;
        String plateColour;
        long first;
        long last;
        int detections;
        int gross;
        Integer limit;
        int excess;
        int dims;
        boolean pending;
        boolean changed;
    }

    /** Adds the records (all of one device, all over-limit, usable, with a plate) to clues; returns clues opened. */
    public int add(DeviceDirectory.IngestDevice device, List<DetectionRecord> records) {
        if (records.isEmpty()) {
            return 0;
        }
        long window = properties.sameEventWindow().toMillis();
        TreeSet<String> plates = new TreeSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (DetectionRecord r : records) {
            plates.add(r.plate);
            min = Math.min(min, r.detectedAt);
            max = Math.max(max, r.detectedAt);
        }
        String[] plateArray = plates.toArray(new String[0]);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('nonsite-clue:' || p)) from unnest(cast(:p as text[])) p order by p")
                .param("p", plateArray).query((rs, n) -> 1).list();
        Map<String, List<Open>> byPlate = new HashMap<>();
        jdbc.sql("""
                select id, unit_id, device_id, device_record_id, detected_at, plate, plate_colour, first_detected_at,
                       last_detected_at, detections, gross_mass_kg, mass_limit_kg, excess_kg, dims_over, status
                from nonsite_clue where plate = any(cast(:p as text[]))
                  and first_detected_at >= :from and first_detected_at <= :to
                """).param("p", plateArray).param("from", Timestamp.from(Instant.ofEpochMilli(min - window)))
                .param("to", Timestamp.from(Instant.ofEpochMilli(max + window)))
                .query((rs, n) -> {
                    Open o = new Open();
                    o.id = rs.getLong("id");
                    o.unitId = rs.getLong("unit_id");
                    o.deviceId = rs.getLong("device_id");
                    o.recordId = rs.getString("device_record_id");
                    o.detectedAt = rs.getTimestamp("detected_at").getTime();
                    o.plate = rs.getString("plate");
                    o.plateColour = rs.getString("plate_colour");
                    o.first = rs.getTimestamp("first_detected_at").getTime();
                    o.last = rs.getTimestamp("last_detected_at").getTime();
                    o.detections = rs.getInt("detections");
                    Integer g = (Integer) rs.getObject("gross_mass_kg");
                    o.gross = g == null ? -1 : g;
                    o.limit = (Integer) rs.getObject("mass_limit_kg");
                    o.excess = rs.getInt("excess_kg");
                    o.dims = rs.getInt("dims_over");
                    o.pending = "PENDING".equals(rs.getString("status"));
                    return o;
                }).list().forEach(o -> byPlate.computeIfAbsent(o.plate, k -> new ArrayList<>()).add(o));

        List<DetectionRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingLong(r -> r.detectedAt));
        List<Open> created = new ArrayList<>();
        List<Object[]> links = new ArrayList<>(sorted.size());
        Map<DetectionRecord, Open> linkOf = new HashMap<>();
        for (DetectionRecord r : sorted) {
            List<Open> candidates = byPlate.computeIfAbsent(r.plate, k -> new ArrayList<>());
            Open match = null;
            for (Open o : candidates) {
                if (Math.abs(r.detectedAt - o.first) <= window && (match == null || o.first > match.first)) {
                    match = o;
                }
            }
            if (match == null) {
                match = new Open();
                match.unitId = device.unitId();
                match.plate = r.plate;
                match.plateColour = r.plateColour;
                match.first = r.detectedAt;
                match.last = r.detectedAt;
                match.pending = true;
                lead(match, device.id(), r);
                candidates.add(match);
                created.add(match);
            } else {
                match.first = Math.min(match.first, r.detectedAt);
                match.last = Math.max(match.last, r.detectedAt);
                if (match.pending && heavier(r, match)) {
                    lead(match, device.id(), r);
                    match.unitId = device.unitId();
                }
                match.changed = true;
            }
            match.detections++;
            linkOf.put(r, match);
        }
        if (!created.isEmpty()) {
            List<Long> ids = jdbc.sql("select nextval('nonsite_clue_id_seq') from generate_series(1, :n)")
                    .param("n", created.size()).query(Long.class).list();
            for (int i = 0; i < created.size(); i++) {
                created.get(i).id = ids.get(i);
            }
            template.batchUpdate("""
                    insert into nonsite_clue (id, unit_id, device_id, device_record_id, detected_at, plate, plate_colour,
                        first_detected_at, last_detected_at, detections, gross_mass_kg, mass_limit_kg, excess_kg, dims_over)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, created.stream().map(o -> new Object[] {o.id, o.unitId, o.deviceId, o.recordId,
                        ts(o.detectedAt), o.plate, o.plateColour, ts(o.first), ts(o.last), o.detections,
                        o.gross < 0 ? null : o.gross, o.limit, o.excess, o.dims}).toList());
        }
        List<Object[]> updates = new ArrayList<>();
        byPlate.values().forEach(list -> list.forEach(o -> {
            if (o.changed && !created.contains(o)) {
                updates.add(new Object[] {o.unitId, o.deviceId, o.recordId, ts(o.detectedAt), ts(o.first), ts(o.last),
                    o.detections, o.gross < 0 ? null : o.gross, o.limit, o.excess, o.dims, o.id});
            }
        }));
        if (!updates.isEmpty()) {
            template.batchUpdate("""
                    update nonsite_clue set unit_id = ?, device_id = ?, device_record_id = ?, detected_at = ?,
                        first_detected_at = ?, last_detected_at = ?, detections = ?, gross_mass_kg = ?, mass_limit_kg = ?,
                        excess_kg = ?, dims_over = ?, version = version + 1
                    where id = ?
                    """, updates);
        }
        linkOf.forEach((r, o) -> links.add(new Object[] {o.id, device.id(), r.recordId, ts(r.detectedAt),
            r.weighed() ? r.grossMassKg : null}));
        template.batchUpdate("""
                insert into nonsite_clue_detection (clue_id, device_id, device_record_id, detected_at, gross_mass_kg)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """, links);
        return created.size();
    }

    private static boolean heavier(DetectionRecord r, Open o) {
        if (r.weighed() && o.gross >= 0) {
            return r.grossMassKg > o.gross;
        }
        return r.weighed() && o.gross < 0;
    }

    private static void lead(Open o, long deviceId, DetectionRecord r) {
        o.deviceId = deviceId;
        o.recordId = r.recordId;
        o.detectedAt = r.detectedAt;
        o.gross = r.weighed() ? r.grossMassKg : -1;
        o.limit = r.weighed() ? r.massLimitKg : null;
        o.excess = r.excessKg;
        o.dims = r.dimsOver;
    }

    private static Timestamp ts(long millis) {
        return new Timestamp(millis);
    }
}
