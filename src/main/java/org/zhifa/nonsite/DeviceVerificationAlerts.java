package org.zhifa.nonsite;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring devices still sending records after their metrological verification expired (《计量法》第九条; 处罚法
 * 第四十一条: only devices verified as required may produce evidence), for supervision alerts.
 */
@Service
public class DeviceVerificationAlerts {

    /**
     * @param detectionsSince records received from the day after expiry up to the day asked
     * @param lastDay         the last day with records
     */
    public record Alert(long deviceId, String code, String name, long unitId, LocalDate certExpiry,
            long detectionsSince, LocalDate lastDay) {
    }

    private final JdbcClient jdbc;

    DeviceVerificationAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Alert> pastVerificationStillSending(Set<Long> unitIds, LocalDate today, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.id, d.code, d.name, d.unit_id, d.cert_expiry, sum(x.detections) n, max(x.day) last_day
                from nonsite_device d join nonsite_device_day x on x.device_id = d.id
                where d.unit_id in (:units) and d.cert_expiry is not null and d.cert_expiry < :today
                  and x.day > d.cert_expiry and x.detections > 0
                group by d.id order by max(x.day) desc limit :limit""")
                .param("units", unitIds).param("today", today).param("limit", limit)
                .query((rs, i) -> new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getObject(7, LocalDate.class))).list();
    }
}
