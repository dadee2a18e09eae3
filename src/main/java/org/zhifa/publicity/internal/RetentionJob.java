package org.zhifa.publicity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes published decisions down once their retention has ended (legal-rules §6, cfg: 5 years; 2 for natural
 * persons). With several instances, only the one holding the advisory lock runs it.
 */
@Component
class RetentionJob {

    static final long LOCK = 0x7075626c74616b65L;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PublicationService publications;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    RetentionJob(PublicationService publications, JdbcClient jdbc, TransactionTemplate tx) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @SchedulerLock(name = "publicity.retention", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "${zhifa.publicity.take-down-cron:0 15 3 * * *}", zone = "Asia/Shanghai")
    void run() {
        try {
            Integer n = tx.execute(status -> {
                boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK)
                        .query(Boolean.class).single();
                return locked ? publications.takeDownExpired(publications.today()) : -1;
            });
            if (n != null && n > 0) {
                log.info("公示期满下架 {} 条", n);
            }
        } catch (RuntimeException e) {
            log.error("公示期满下架失败", e);
        }
    }
}
