package org.zhifa.nonsite.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Detections, over-limit rate, reviewed and confirmed clues per device and day, from the maintained counters. */
@Service
public class DeviceStatistics {

    private final JdbcClient jdbc;

    DeviceStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record DayRow(long deviceId, String deviceCode, String place, LocalDate day, long detections, long overLimit,
            long clues, long reviewed, long confirmed) {

        public double overLimitRate() {
            return detections == 0 ? 0 : 100.0 * overLimit / detections;
        }
    }

    public List<DayRow> days(Set<Long> units, Long deviceId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with days as (
                    select s.device_id, s.day, s.detections, s.over_limit from nonsite_device_day s
                    join nonsite_device d on d.id = s.device_id
                    where d.unit_id in (:u) and (cast(:dev as bigint) is null or s.device_id = :dev)
                      and s.day between :from and :to),
                clues as (
                    select c.device_id, (c.first_detected_at at time zone 'Asia/Shanghai')::date as day, count(*) as clues,
                           count(*) filter (where c.status <> 'PENDING') as reviewed,
                           count(*) filter (where c.status = 'CONFIRMED') as confirmed
                    from nonsite_clue c
                    where c.unit_id in (:u) and (cast(:dev as bigint) is null or c.device_id = :dev)
                      and c.first_detected_at >= :from and c.first_detected_at < cast(:to as date) + 1
                    group by 1, 2)
                select coalesce(d.device_id, c.device_id) as device_id, dev.code,
                       dev.road || ' ' || dev.stake || ' ' || dev.direction as place, coalesce(d.day, c.day) as day,
                       coalesce(d.detections, 0) as detections, coalesce(d.over_limit, 0) as over_limit,
                       coalesce(c.clues, 0) as clues, coalesce(c.reviewed, 0) as reviewed, coalesce(c.confirmed, 0) as confirmed
                from days d full join clues c on c.device_id = d.device_id and c.day = d.day
                join nonsite_device dev on dev.id = coalesce(d.device_id, c.device_id)
                order by day desc, dev.code limit 2000
                """).param("u", units.isEmpty() ? List.of(-1L) : units).param("dev", deviceId).param("from", from)
                .param("to", to)
                .query((rs, n) -> new DayRow(rs.getLong("device_id"), rs.getString("code"), rs.getString("place"),
                        rs.getObject("day", LocalDate.class), rs.getLong("detections"), rs.getLong("over_limit"),
                        rs.getLong("clues"), rs.getLong("reviewed"), rs.getLong("confirmed")))
                .list();
    }
}
