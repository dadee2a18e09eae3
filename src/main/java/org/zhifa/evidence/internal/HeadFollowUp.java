package org.zhifa.evidence.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to a tree head after it is stored, outside the transaction that stored it (network calls never hold
 * up an append): witnesses are asked to cosign the latest head, and the time-stamping authority to timestamp heads, and the latest witnessed
 * head is pushed to the configured external endpoint. Runs in one background thread as soon as a head
 * commits, and again every {@code zhifa.evidence.witness.retry-interval} for heads that could not be handled at once
 * and for heads stored by other instances; one instance at a time (advisory lock).
 */
@Service
public class HeadFollowUp implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(HeadFollowUp.class);
    /** Advisory lock key of the follow-up round ("zhifaEvW"). */
    static final long ROUND_LOCK = 0x7A68_6966_6145_7657L;

    private final TransparencyLog log;
    private final Witnessing witnessing;
    private final HeadTimestamps timestamps;
    private final HeadPublication publication;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evidence-head-follow-up");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    HeadFollowUp(TransparencyLog log, Witnessing witnessing, HeadTimestamps timestamps, HeadPublication publication,
            JdbcClient jdbc, TransactionTemplate tx) {
        this.log = log;
        this.witnessing = witnessing;
        this.timestamps = timestamps;
        this.publication = publication;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void headStored(TransparencyLog.HeadStored event) {
        request();
    }

    @SchedulerLock(name = "evidence.witness-follow-up", lockAtLeastFor = "PT5S", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${zhifa.evidence.witness.retry-interval:60s}",
            initialDelayString = "${zhifa.evidence.witness.retry-interval:60s}")
    void scheduled() {
        request();
    }

    /** Queues a round unless one is already waiting (a burst of heads needs only one round for the latest). */
    public void request() {
        if (!witnessing.enabled() && !timestamps.enabled() && !publication.pushEnabled()) {
            return;
        }
        if (queued.compareAndSet(false, true)) {
            try {
                worker.submit(() -> {
                    queued.set(false);
                    try {
                        runRound();
                    } catch (RuntimeException e) {
                        LOG.warn("树头后续处理失败：{}", e.toString());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    /** One round now, in the calling thread; false when another instance is running one. */
    public boolean runRound() {
        Boolean ran = tx.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(ROUND_LOCK).query(Boolean.class)
                    .single();
            if (!locked) {
                return false;
            }
            if (witnessing.enabled()) {
                witnessing.offer(log.latestHead());
            }
            timestamps.round();
            publication.push();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
