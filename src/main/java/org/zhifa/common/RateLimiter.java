package org.zhifa.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits per key (e.g. the digest of a client address) and fixed time window, held in PostgreSQL so that they hold
 * across threads and instances: taking a use is one atomic {@code insert … on conflict do update … returning}, so
 * simultaneous requests are counted one after the other and never overshoot the limit. Inside a transaction the use
 * is taken with it (and given back if it rolls back).
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The outcome of taking one use.
     *
     * @param used      uses of this window including this one
     * @param allowed   whether this use is within the limit
     * @param windowEnd when the window ends (for {@code Retry-After})
     */
    public record Use(int used, boolean allowed, Instant windowEnd) {

        /** The first use of the window (e.g. to audit a refusal once per window, not once per request). */
        public boolean first() {
            return used == 1;
        }

        public long retryAfterSeconds(Instant now) {
            return Math.max(1, Duration.between(now, windowEnd).toSeconds());
        }
    }

    /**
     * Takes one use of the current window.
     *
     * @param bucket  what is limited, e.g. {@code complaint-submit}
     * @param keyHash a digest identifying the client (64 hex characters), never the address itself
     */
    public Use take(String bucket, String keyHash, int limit, Duration window) {
        Instant now = clock.instant();
        Instant start = windowStart(now, window);
        int used = jdbc.sql("""
                insert into rate_window (bucket, client_hash, window_start, used) values (:bucket, :key, :start, 1)
                on conflict (bucket, client_hash, window_start) do update set used = rate_window.used + 1
                returning used""").param("bucket", bucket).param("key", keyHash).param("start", Timestamp.from(start))
                .query(Integer.class).single();
        if (used == 1) {
            forgetOldWindows(now);
        }
        return new Use(used, used <= limit, start.plus(window));
    }

    /** Gives a use back (e.g. a lookup that succeeded, when only failures are limited). */
    public void giveBack(String bucket, String keyHash, Duration window) {
        jdbc.sql("""
                update rate_window set used = greatest(used - 1, 0)
                where bucket = :bucket and client_hash = :key and window_start = :start""").param("bucket", bucket)
                .param("key", keyHash).param("start", Timestamp.from(windowStart(clock.instant(), window))).update();
    }

    static Instant windowStart(Instant now, Duration window) {
        long seconds = Math.max(1, window.toSeconds());
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }

    /** Windows older than two days are of no use; rows another request holds are left for later. */
    private void forgetOldWindows(Instant now) {
        jdbc.sql("""
                delete from rate_window where ctid in (
                    select ctid from rate_window where window_start < :before limit 500 for update skip locked)""")
                .param("before", Timestamp.from(now.minus(Duration.ofDays(2)))).update();
    }
}
