package org.zhifa.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit settings.
 *
 * @param retentionDays how long audit records are kept before the purge may remove them
 * @param purgeCron     when the daily purge runs (Spring cron, server time zone)
 */
@ConfigurationProperties("zhifa.audit")
public record AuditProperties(Integer retentionDays, String purgeCron) {

    // 网络安全法 第二十一条：不少于六个月
    public static final int MINIMUM_RETENTION_DAYS = 180;

    public AuditProperties {
        if (retentionDays == null) {
            // 网络安全法 第二十一条：不少于六个月
            retentionDays = MINIMUM_RETENTION_DAYS;
        }
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalArgumentException("审计日志保存期限 zhifa.audit.retention-days=" + retentionDays
                    + " 天不符合《网络安全法》第二十一条（留存不少于六个月）：不得少于 " + MINIMUM_RETENTION_DAYS + " 天");
        }
        if (purgeCron == null || purgeCron.isBlank()) {
            // 每日凌晨业务低峰清理一次
            purgeCron = "0 30 2 * * *";
        }
    }
}
