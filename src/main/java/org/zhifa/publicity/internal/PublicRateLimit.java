package org.zhifa.publicity.internal;

import java.time.Duration;
import org.springframework.stereotype.Component;
import org.zhifa.common.RateLimiter;
import org.zhifa.crypto.Sm3;

/**
 * Per-address limits of the public forms on the shared {@link RateLimiter} (atomic across threads and instances).
 * Only the SM3 digest of the address is stored.
 */
@Component
public class PublicRateLimit {

    private final RateLimiter limiter;

    PublicRateLimit(RateLimiter limiter) {
        this.limiter = limiter;
    }

    public static String clientHash(String address) {
        return Sm3.hex("zhifa-public:" + address);
    }

    /** Takes one of the {@code limit} uses the address has per {@code window}, or refuses (429). */
    public void take(String bucket, String clientHash, int limit, Duration window) {
        if (!limiter.take(bucket, clientHash, limit, window).allowed()) {
            throw new RateLimitedException("提交过于频繁：同一网络地址每" + describe(window) + "最多 " + limit
                    + " 次，请稍后再试或拨打服务热线");
        }
    }

    /** Gives the use back: for limits that count only failures (a wrong code), a success is not one. */
    public void giveBack(String bucket, String clientHash, Duration window) {
        limiter.giveBack(bucket, clientHash, window);
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
