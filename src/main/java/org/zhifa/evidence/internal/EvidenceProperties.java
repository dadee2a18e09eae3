package org.zhifa.evidence.internal;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param uploadExpiry      an upload without a chunk for this long is abandoned: it expires and its staging file is
 *                          removed
 * @param uploadSweepCron   when abandoned uploads are expired
 * @param uploadLease       how long a chunk's writer holds the upload before anyone may take it over without asking
 * @param logKeyLost        the key id of a log key whose private key is lost, stated by the operator so that a new
 *                          key may be started; empty: a missing key stops the start
 */
@ConfigurationProperties("zhifa.evidence")
public record EvidenceProperties(String store, Path directory, Long maxChunkBytes, String selfAuditCron,
        String headExportCron, Duration uploadExpiry, String uploadSweepCron, Duration uploadLease,
        String logKeyLost) {

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
        if (uploadExpiry == null) {
            // 7 days (the requirement's default): an upload broken off before a weekend or a three-day holiday
            // can still be resumed; after that its staging file no longer occupies the disk
            uploadExpiry = Duration.ofDays(7);
        }
        if (uploadExpiry.isNegative() || uploadExpiry.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalStateException("zhifa.evidence.upload-expiry 不得短于 1 小时（正在上传的大文件会被误删）");
        }
        if (uploadSweepCron == null || uploadSweepCron.isBlank()) {
            // hourly: an expired upload's staging file is gone within an hour of its expiry
            uploadSweepCron = "0 20 * * * *";
        }
        if (uploadLease == null) {
            // 15 minutes: a 64 MB chunk arrives well within it even at 100 KB/s; a writer that dies holds the upload
            // no longer than this unless its owner re-claims it at once (POST …/uploads/{id}/reclaim)
            uploadLease = Duration.ofMinutes(15);
        }
    }
}
