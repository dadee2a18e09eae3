package org.zhifa.nonsite.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.nonsite.NonSiteProperties;

/**
 * Repeat offenders listed for action (《公路安全保护条例》第六十六条): a vehicle with more than 3 confirmed illegal
 * over-limit events within 12 months (its operating certificate may be revoked), and an enterprise with more than
 * 10 % of its vehicles over-limit within a year (may be ordered to suspend). Counts confirmed clues only: a record
 * no person has reviewed is not a violation.
 */
@Service
public class WatchList {

    public static final String ARTICLE = "《公路安全保护条例》第六十六条";

    private final JdbcClient jdbc;
    private final NonSiteProperties properties;
    private final Clock clock;

    WatchList(JdbcClient jdbc, NonSiteProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public record RepeatVehicle(String plate, String plateColour, int events, Instant lastEvent, String ownerName,
            String enterpriseName) {
    }

    public record RepeatEnterprise(String enterpriseCode, String enterpriseName, int vehicles, int overLimitVehicles,
            double percent) {
    }

    public List<RepeatVehicle> vehicles(Set<Long> units) {
        return jdbc.sql("""
                select c.plate, max(c.plate_colour) as colour, count(*) as events, max(c.first_detected_at) as last_event,
                       max(v.owner_name) as owner, max(v.enterprise_name) as enterprise
                from nonsite_clue c left join nonsite_vehicle v on v.plate = c.plate
                where c.status = 'CONFIRMED' and c.first_detected_at >= :since and c.unit_id in (:u)
                group by c.plate having count(*) > :n order by count(*) desc, c.plate limit 500
                """).param("since", java.sql.Timestamp.from(clock.instant().minus(365, ChronoUnit.DAYS)))
                .param("u", units.isEmpty() ? List.of(-1L) : units).param("n", properties.repeatVehicleEvents())
                .query((rs, i) -> new RepeatVehicle(rs.getString("plate"), rs.getString("colour"), rs.getInt("events"),
                        MonitoringDevices.instant(rs, "last_event"), rs.getString("owner"), rs.getString("enterprise")))
                .list();
    }

    /** Enterprises over the share within the calendar year. */
    public List<RepeatEnterprise> enterprises(int year, Set<Long> units) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return jdbc.sql("""
                with fleet as (
                    select enterprise_code, max(enterprise_name) as name, count(*) as vehicles from nonsite_vehicle
                    where enterprise_code is not null group by enterprise_code),
                over as (
                    select v.enterprise_code, count(distinct v.plate) as over_vehicles
                    from nonsite_clue c join nonsite_vehicle v on v.plate = c.plate
                    where c.status = 'CONFIRMED' and c.unit_id in (:u) and v.enterprise_code is not null
                      and c.first_detected_at >= :from and c.first_detected_at < :to
                    group by v.enterprise_code)
                select f.enterprise_code, f.name, f.vehicles, o.over_vehicles
                from fleet f join over o using (enterprise_code)
                where o.over_vehicles * 100 > f.vehicles * :pct
                order by o.over_vehicles * 1.0 / f.vehicles desc limit 500
                """).param("u", units.isEmpty() ? List.of(-1L) : units).param("from", from)
                .param("to", from.plusYears(1)).param("pct", properties.repeatEnterprisePercent())
                .query((rs, i) -> new RepeatEnterprise(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        100.0 * rs.getInt(4) / rs.getInt(3)))
                .list();
    }
}
