package org.zhifa.reporting.internal;

import java.time.Clock;
import java.time.YearMonth;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;

/**
 * Drafts the previous month's reports on the 1st (setting {@code zhifa.reporting.draft-cron}). A transaction-scoped
 * PostgreSQL advisory lock, as the cases clock sweep uses, lets one instance draft; the others skip the run. Drafting
 * is idempotent: an existing draft is recomputed, a submitted report left alone.
 */
@Component
public class MonthlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);
    /** Advisory lock key ("zhifa-rp" in ASCII); distinct from the other modules' keys. */
    static final long DRAFT_LOCK = 0x7A68_6966_612D_7270L;

    private final MonthlyReports reports;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;

    MonthlyReportJob(MonthlyReports reports, JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit,
            Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhifa.reporting.draft-cron:0 10 0 1 * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reporting.monthly-draft", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    public void scheduled() {
        try {
            run(YearMonth.now(clock).minusMonths(1));
        } catch (RuntimeException e) {
            log.error("月度统计报表自动起草失败", e);
            audit.record("MONTHLY_REPORTS_DRAFTED", "MONTHLY_REPORT", null, AuditResult.FAILURE,
                    "月度统计报表自动起草失败：" + e.getClass().getSimpleName());
        }
    }

    /** Drafts the month's reports unless another instance holds the lock; returns the number drafted or -1. */
    public int run(YearMonth month) {
        Integer n = tx.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(DRAFT_LOCK).query(Boolean.class).single();
            return locked ? reports.draftAll(month) : -1;
        });
        if (n != null && n >= 0) {
            log.info("已起草 {} 月度统计报表 {} 份", month, n);
        }
        return n == null ? -1 : n;
    }
}
