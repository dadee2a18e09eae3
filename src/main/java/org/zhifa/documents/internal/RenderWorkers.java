package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The threads that render queued documents ({@code zhifa.documents.render.workers}). Each takes one document at a
 * time from the queue ({@link DocumentRendering#renderNext()}, {@code FOR UPDATE SKIP LOCKED}, so several instances
 * share the queue) until it is empty, then sleeps until a document is queued by this instance or the poll interval
 * has passed (documents of other instances, or left behind by a crash).
 */
@Component
class RenderWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RenderWorkers.class);

    private final DocumentRendering rendering;
    private final RenderProperties settings;
    private final Semaphore wake = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    RenderWorkers(DocumentRendering rendering, RenderProperties settings) {
        this.rendering = rendering;
        this.settings = settings;
    }

    /** Wakes a sleeping worker once the current transaction commits (at once without a transaction). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        if (wake.availablePermits() < settings.workers()) {
            wake.release();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            Thread t = new Thread(this::work, "document-render-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void work() {
        while (running) {
            try {
                if (!rendering.renderNext()) {
                    wake.tryAcquire(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the database is unreachable: the queue stays as it is; try again after the poll interval
                LOG.warn("文书生成队列暂不可用：{}", e.toString());
                try {
                    Thread.sleep(settings.poll().toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started after the web server and the database are up, stopped before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }
}
