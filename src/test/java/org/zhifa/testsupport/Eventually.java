package org.zhifa.testsupport;

import java.time.Duration;

/**
 * Waits for what happens after a commit on another thread (listeners of other modules run after the publishing
 * transaction, in their own): repeats the assertion until it holds, and fails with its last failure after the timeout.
 */
public final class Eventually {

    private Eventually() {
    }

    public static void holds(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Within 30 seconds (a loaded CI machine). */
    public static void holds(Runnable assertion) {
        holds(Duration.ofSeconds(30), assertion);
    }
}
