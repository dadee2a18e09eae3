package org.zhifa.evidence.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Evidence settings.
 *
 * @param store             {@code local} (default) or {@code s3} (settings in {@link S3Properties})
 * @param directory         where local objects, uploads and the tree-head export live; default
 *                          {@code ${zhifa.db.data-dir}/evidence}
 * @param maxChunkBytes     largest accepted upload chunk
 * @param selfAuditCron     when the integrity self-audit runs (Spring cron)
 * @param headExportCron    when the latest signed tree head is exported to the file and the audit log
 */
@ConfigurationProperties("zhifa.evidence")
public record EvidenceProperties(String store, Path directory, Long maxChunkBytes, String selfAuditCron,
        String headExportCron) {

    public EvidenceProperties {
        if (store == null || store.isBlank()) {
            // design.md: local directory by default, S3-compatible store by setting
            store = "local";
        }
        if (maxChunkBytes == null) {
            // the browser uploader sends 8 MB chunks; allow head-room for other clients
            maxChunkBytes = 64L * 1024 * 1024;
        }
        if (selfAuditCron == null || selfAuditCron.isBlank()) {
            // nightly, outside working hours, after the audit purge (02:30)
            selfAuditCron = "0 15 3 * * *";
        }
        if (headExportCron == null || headExportCron.isBlank()) {
            // hourly: a rewritten log would contradict a head exported at most an hour earlier
            headExportCron = "0 0 * * * *";
        }
    }
}
