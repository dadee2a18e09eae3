package org.zhifa.cases.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.rules.CaseProperties;

/**
 * Runs a case change in its own transaction with bounded concurrency. The audit trail (and the documents module,
 * which audits every issued document) writes in a new transaction, so a step can hold two pooled connections at
 * once; bounding the steps below half the pool keeps 50 concurrent clients from starving it. Callers audit after
 * the commit, outside the gate.
 */
@Component
public class StepGate {

    private final TransactionTemplate tx;
    private final Semaphore permits;

    StepGate(TransactionTemplate tx, CaseProperties settings) {
        this.tx = tx;
        this.permits = new Semaphore(settings.maxConcurrentSteps(), true);
    }

    public <T> T run(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            return tx.execute(status -> work.get());
        } finally {
            permits.release();
        }
    }
}
