package org.zhifa.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;

/**
 * The deadline clock of orders to correct: once a working-day deadline has passed without a follow-up inspection the
 * order is marked OVERDUE (逾期未复查) and shows on the board until a follow-up closes it. One instance runs it at a time
 * (a transaction-scoped advisory lock).
 */
@Component
public class CorrectionSweep {

    private static final long LOCK = 0x696e737063L; // "inspc"

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CorrectionSweep(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Nightly, on one instance. */
    @SchedulerLock(name = "inspection.correction-sweep", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "0 40 1 * * *", zone = "Asia/Shanghai")
    void scheduled() {
        sweep();
    }

    /** Marks the orders whose deadline has passed; returns how many. */
    @Transactional
    public int sweep() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
            return 0;
        }
        int n = jdbc.sql("""
                update inspection set correction_state = 'OVERDUE', version = version + 1
                where correction_state = 'RUNNING' and correction_deadline < :today""")
                .param("today", LocalDate.now(clock)).update();
        if (n > 0) {
            audit.record(new AuditEvent("system", null, null, "INSPECTION_CORRECTION_OVERDUE", "INSPECTION", null,
                    AuditResult.SUCCESS, n + " 项责令改正逾期未复查", null));
        }
        return n;
    }
}
