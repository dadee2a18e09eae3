package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;

/**
 * Marks RUNNING clocks whose due date has passed as OVERDUE. They stay open (no {@code closed_on}): closing them later
 * records the late stop as before. The test is the one the deadline board and the list's overdue filter use: due date
 * before today. Runs at startup and on {@code zhifa.cases.clock-sweep-cron}; a transaction-scoped PostgreSQL advisory
 * lock lets only one instance sweep at a time, and a run that changed anything is audited as one summary record.
 */
@Component
public class ClockSweep {

    private static final Logger log = LoggerFactory.getLogger(ClockSweep.class);
    /** Advisory lock key of the sweep ("zhifa-cs" in ASCII); distinct from the other modules' keys. */
    static final long SWEEP_LOCK = 0x7A68_6966_612D_6373L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;

    ClockSweep(JdbcClient jdbc, PlatformTransactionManager transactionManager, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.clock = clock;
    }

    /** What a run did; {@code ran} is false when another instance held the lock. */
    public record Outcome(boolean ran, int marked, int cases) {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStartup() {
        scheduled();
    }

    // default every 10 minutes: a clock falls due at midnight, so the stored state lags the reading by at most that
    @SchedulerLock(name = "cases.clock-sweep", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "${zhifa.cases.clock-sweep-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    public void scheduled() {
        try {
            sweep(LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.error("法定期限超期标记失败", e);
            audit.record("CASE_CLOCKS_SWEPT", "CASE_CLOCK", null, AuditResult.FAILURE,
                    "法定期限超期标记失败：" + e.getClass().getSimpleName());
        }
    }

    public Outcome sweep(LocalDate today) {
        Outcome outcome = tx.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(SWEEP_LOCK)
                    .query(Boolean.class).single();
            if (!locked) {
                return new Outcome(false, 0, 0);
            }
            var caseIds = jdbc.sql("""
                    update case_clock set state = 'OVERDUE'
                    where state = 'RUNNING' and closed_on is null and due_on < :today
                    returning case_id
                    """).param("today", today).query(Long.class).list();
            return new Outcome(true, caseIds.size(), (int) caseIds.stream().distinct().count());
        });
        if (outcome.ran() && outcome.marked() > 0) {
            audit.success("CASE_CLOCKS_SWEPT", "CASE_CLOCK", null, "截至" + today + "，" + outcome.cases() + "件案件的"
                    + outcome.marked() + "个法定期限已届满未完成，标记为已超期");
        }
        return outcome;
    }
}
