package org.zhifa.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one request limit of zhifa (public complaint submissions and lookups, a party's lookups, wrong device keys):
 * at most {@code limit} uses per key (e.g. the digest of a client address) within any period of {@code window},
 * held in PostgreSQL so that it holds across threads and instances.
 *
 * <p>A sliding log: one row per bucket and key holds the times of the uses within the last window. Taking a use is
 * one atomic {@code insert … on conflict do update … where … returning} that drops the times older than the window
 * and appends now only while fewer than the limit remain; the row lock makes simultaneous requests on any number of
 * instances wait for each other, so exactly as many get through as the limit allows. Fixed windows would let a
 * client spend the limit at the end of one window and again at the start of the next (twice the limit within
 * seconds); a log of times has no boundary. The limits here are small (a handful per hour), so a row holds a
 * handful of times. A refusal uses nothing. Inside a transaction the use is taken with it (and given back if it
 * rolls back).
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
     * @param used    uses within the window including this one (0 when refused: a refusal uses nothing)
     * @param allowed whether this use is within the limit
     * @param retryAt for a refusal, when the oldest use leaves the window and one more would be let through; for an
     *                allowed use, when this one leaves the window
     */
    public record Use(int used, boolean allowed, Instant retryAt) {

        /** The only use within the window (e.g. to audit once per quiet spell, not once per request). */
        public boolean first() {
            return used == 1;
        }

        public long retryAfterSeconds(Instant now) {
            return Math.max(1, Duration.between(now, retryAt).toSeconds());
        }
    }

    /**
     * Takes one use.
     *
     * @param bucket  what is limited, e.g. {@code complaint-submit}
     * @param keyHash a digest identifying the client (64 hex characters), never the address itself
     */
    public Use take(String bucket, String keyHash, int limit, Duration window) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(window));
        Optional<Integer> used = jdbc.sql("""
                insert into rate_log as r (bucket, client_hash, uses, last_use)
                select :bucket, :key, array[:now]::timestamptz[], :now where :limit >= 1
                on conflict (bucket, client_hash) do update
                    set uses = array(select u from unnest(r.uses) u where u > :since order by u) || :now::timestamptz,
                        last_use = :now
                    where (select count(*) from unnest(r.uses) u where u > :since) < :limit
                returning cardinality(uses)""").param("bucket", bucket).param("key", keyHash)
                .param("now", Timestamp.from(now)).param("since", since).param("limit", limit)
                .query(Integer.class).optional();
        if (used.isPresent()) {
            if (used.get() == 1) {
                forgetIdleKeys(now);
            }
            return new Use(used.get(), true, now.plus(window));
        }
        Instant oldest = jdbc.sql("""
                select min(u) from rate_log, unnest(uses) u where bucket = :bucket and client_hash = :key and u > :since""")
                .param("bucket", bucket).param("key", keyHash).param("since", since)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(now);
        return new Use(0, false, oldest.plus(window));
    }

    /**
     * Takes one use or refuses with {@link RateLimitedException} (answered 429 with {@code Retry-After}).
     *
     * @param what what the client did too often, e.g. {@code 提交}
     */
    public void require(String bucket, String keyHash, int limit, Duration window, String what) {
        Use use = take(bucket, keyHash, limit, window);
        if (!use.allowed()) {
            long seconds = use.retryAfterSeconds(clock.instant());
            throw new RateLimitedException(what + "过于频繁：同一网络地址每" + describe(window) + "最多 " + limit
                    + " 次，请于 " + Math.max(1, (seconds + 59) / 60) + " 分钟后再试", seconds);
        }
    }

    /** Gives the latest use back (e.g. a lookup that succeeded, when only failures are limited). */
    public void giveBack(String bucket, String keyHash) {
        jdbc.sql("""
                update rate_log set uses = uses[1 : cardinality(uses) - 1]
                where bucket = :bucket and client_hash = :key and cardinality(uses) > 0""").param("bucket", bucket)
                .param("key", keyHash).update();
    }

    private static String describe(Duration window) {
        return window.equals(Duration.ofHours(1)) ? "小时" : " " + window.toMinutes() + " 分钟";
    }

    /** Keys unused for two days are of no use (no limit here is longer); rows others hold are left for later. */
    private void forgetIdleKeys(Instant now) {
        jdbc.sql("""
                delete from rate_log where ctid in (
                    select ctid from rate_log where last_use < :before limit 500 for update skip locked)""")
                .param("before", Timestamp.from(now.minus(Duration.ofDays(2)))).update();
    }
}
