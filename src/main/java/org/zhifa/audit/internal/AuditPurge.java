package org.zhifa.audit.internal;

import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;

/**
 * Removes audit records older than the retention (never under 180 days, 网络安全法 第二十一条), oldest first in
 * chain order, and writes the anchor so that verification knows where the remaining chain starts. The
 * database trigger enforces the same retention, so a wrong cutoff here could not remove a younger record.
 */
@Service
public class AuditPurge {

    private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

    /** Only one instance purges at a time ("zhifaPrg"). */
    static final long PURGE_LOCK = 0x7A68_6966_6150_7267L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditProperties properties;
    private final AuditTrail auditTrail;

    public AuditPurge(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditProperties properties,
            AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.auditTrail = auditTrail;
    }

    /** What a purge run did; {@code ran} is false when another instance held the purge lock. */
    public record Outcome(boolean ran, long purged, Long lastPurgedId) {
    }

    @SchedulerLock(name = "audit.purge", lockAtLeastFor = "PT30S", lockAtMostFor = "PT2H")
    @Scheduled(cron = "${zhifa.audit.purge-cron:0 30 2 * * *}")
    public void scheduledPurge() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.error("审计日志定期清理失败", e);
            auditTrail.record("AUDIT_PURGED", "AUDIT_RECORD", null, AuditResult.FAILURE,
                    "审计日志定期清理失败：" + e.getClass().getSimpleName());
        }
    }

    public Outcome purge() {
        int days = properties.retentionDays();
        Outcome outcome = tx.execute(status -> purgeInTransaction(days));
        if (outcome.ran()) {
            // recorded after the purge committed: the new record links to the (possibly new) anchor
            auditTrail.record("AUDIT_PURGED", "AUDIT_RECORD", outcome.lastPurgedId() == null ? null
                    : String.valueOf(outcome.lastPurgedId()), AuditResult.SUCCESS,
                    "清理超过保存期限（" + days + " 天）的审计记录 " + outcome.purged() + " 条");
        }
        return outcome;
    }

    private Outcome purgeInTransaction(int days) {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(PURGE_LOCK)
                .query(Boolean.class).single();
        if (!locked) {
            return new Outcome(false, 0, null);
        }
        // no append may read the chain tip while the head of the chain and the anchor change
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(JdbcAuditTrail.APPEND_LOCK)
                .query(Integer.class).single();
        jdbc.sql("select set_config('zhifa.audit_purge', 'on', true), "
                + "set_config('zhifa.audit_retention_days', ?, true)").param(String.valueOf(days))
                .query((rs, n) -> 1).single();
        // the purgeable head of the chain: every record before the first one still inside the retention
        Optional<LastPurged> last = jdbc.sql("""
                select id, hash from audit_record
                where occurred_at < now() - make_interval(days => audit_retention_days())
                  and id < coalesce((select min(id) from audit_record
                                     where occurred_at >= now() - make_interval(days => audit_retention_days())),
                                    9223372036854775807)
                order by id desc limit 1
                """).query((rs, n) -> new LastPurged(rs.getLong("id"), rs.getString("hash"))).optional();
        if (last.isEmpty()) {
            return new Outcome(true, 0, null);
        }
        int purged = jdbc.sql("delete from audit_record where id <= ?").param(last.get().id()).update();
        jdbc.sql("""
                insert into audit_anchor (id, purged_before, last_purged_id, last_purged_hash, purged_total, updated_at)
                values (1, now() - make_interval(days => audit_retention_days()), :id, :hash, :purged, now())
                on conflict (id) do update set purged_before = excluded.purged_before,
                    last_purged_id = excluded.last_purged_id, last_purged_hash = excluded.last_purged_hash,
                    purged_total = audit_anchor.purged_total + excluded.purged_total, updated_at = excluded.updated_at
                """).param("id", last.get().id()).param("hash", last.get().hash()).param("purged", purged).update();
        log.info("已清理超过保存期限（{} 天）的审计记录 {} 条，截至第 {} 号", days, purged, last.get().id());
        return new Outcome(true, purged, last.get().id());
    }

    private record LastPurged(long id, String hash) {
    }
}
