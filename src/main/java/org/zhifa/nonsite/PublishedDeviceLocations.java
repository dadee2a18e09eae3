package org.zhifa.nonsite;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.identity.OrgUnits;

/** The published locations of monitoring devices (处罚法 第四十一条: 设置地点应当向社会公布), for the publicity pages. */
@Service
public class PublishedDeviceLocations {

    private final JdbcClient jdbc;
    private final OrgUnits units;

    PublishedDeviceLocations(JdbcClient jdbc, OrgUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Every device whose location is published, optionally filtered by road or stake text, by road and stake. */
    public List<PublishedDeviceLocation> list(String road) {
        String q = road == null || road.isBlank() ? null : "%" + road.strip().replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select code, kind, road, stake, direction, longitude, latitude, unit_id, published_on, published_where,
                       status from nonsite_device
                where published_on is not null and published_on <= current_date and status <> 'RETIRED'
                  and (cast(:q as text) is null or road like :q or stake like :q)
                order by road, stake, direction
                """).param("q", q)
                .query((rs, n) -> new PublishedDeviceLocation(rs.getString("code"),
                        DeviceKind.valueOf(rs.getString("kind")).label(), rs.getString("road"), rs.getString("stake"),
                        rs.getString("direction"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"),
                        units.find(rs.getLong("unit_id")).map(u -> u.name()).orElse(""),
                        rs.getObject("published_on", java.time.LocalDate.class), rs.getString("published_where"),
                        "ACTIVE".equals(rs.getString("status"))))
                .list();
    }
}
