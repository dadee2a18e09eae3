package org.zhifa.publicity.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.crypto.Sm3;

/**
 * Per-address limits of the public forms, kept in the database so that they hold across instances. Only the SM3
 * digest of the address is stored.
 */
@Component
public class PublicRateLimit {

    private final JdbcClient jdbc;

    PublicRateLimit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String clientHash(String address) {
        return Sm3.hex("zhifa-public:" + address);
    }

    /** Refuses when the address already used {@code limit} events of {@code bucket} within {@code window}. */
    public void check(String bucket, String clientHash, int limit, Duration window) {
        long used = jdbc.sql("select count(*) from public_rate_event where bucket = ? and client_hash = ? "
                + "and at > now() - make_interval(secs => ?)").param(bucket).param(clientHash)
                .param((double) window.toSeconds()).query(Long.class).single();
        if (used >= limit) {
            throw new RateLimitedException("提交过于频繁：同一网络地址每" + describe(window) + "最多 " + limit
                    + " 次，请稍后再试或拨打服务热线");
        }
    }

    /** Counts one event; in its own transaction so that a refused request is counted too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void count(String bucket, String clientHash) {
        jdbc.sql("insert into public_rate_event (bucket, client_hash) values (?, ?)").param(bucket).param(clientHash)
                .update();
        // old events are of no use: keep the table small
        jdbc.sql("delete from public_rate_event where at < now() - interval '2 days'").update();
    }

    private static String describe(Duration window) {
        return window.toHours() == 1 ? "小时" : window.toMinutes() + " 分钟";
    }

    /** Too many requests from one address (answered 429). */
    public static class RateLimitedException extends RuntimeException {
        public RateLimitedException(String message) {
            super(message);
        }
    }
}
