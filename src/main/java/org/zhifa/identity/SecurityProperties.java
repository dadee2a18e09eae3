package org.zhifa.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security baseline settings (等保 2.0 三级; legal-rules §11). Every default names its source.
 *
 * @param passwordMinLength      GB/T 22239-2019 8.1.4.1 身份鉴别: ≥ 8 characters (legal-rules §11)
 * @param passwordMinClasses     3 of 4 character classes (upper, lower, digit, symbol) (legal-rules §11)
 * @param passwordMaxAge         changed at least every 90 days (legal-rules §11, cfg)
 * @param passwordHistory        the last 5 passwords may not be reused (issue 2)
 * @param maxFailedLogins        lock after 5 failed logins (legal-rules §11, cfg)
 * @param lockDuration           for 15 minutes (legal-rules §11, cfg)
 * @param sessionTimeout         30-minute idle timeout (legal-rules §11, cfg)
 * @param tokenTtl               API bearer token lifetime; 8 hours = one working day
 * @param requireTotpForAdmins   two factors for administrators (legal-rules §11); on in the prod profile
 * @param totpIssuer             issuer shown in authenticator apps
 * @param publicApiDocs          /v3/api-docs and Swagger UI without login; false in the prod profile (issue 11:
 *                               the interface description is for logged-in users in production)
 * @param trustedProxies         addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-For is believed;
 *                               default none: the socket address is the client (issue 11, 等保 2.0 安全审计)
 */
@ConfigurationProperties("zhifa.security")
public record SecurityProperties(
        Integer passwordMinLength,
        Integer passwordMinClasses,
        Duration passwordMaxAge,
        Integer passwordHistory,
        Integer maxFailedLogins,
        Duration lockDuration,
        Duration sessionTimeout,
        Duration tokenTtl,
        boolean requireTotpForAdmins,
        String totpIssuer,
        Boolean publicApiDocs,
        List<String> trustedProxies) {

    public SecurityProperties {
        passwordMinLength = passwordMinLength == null ? 8 : passwordMinLength;
        passwordMinClasses = passwordMinClasses == null ? 3 : passwordMinClasses;
        passwordMaxAge = passwordMaxAge == null ? Duration.ofDays(90) : passwordMaxAge;
        passwordHistory = passwordHistory == null ? 5 : passwordHistory;
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
        tokenTtl = tokenTtl == null ? Duration.ofHours(8) : tokenTtl;
        totpIssuer = totpIssuer == null || totpIssuer.isBlank() ? "zhifa 海西交通执法" : totpIssuer;
        publicApiDocs = publicApiDocs == null || publicApiDocs;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (passwordMinLength < 8) {
            throw new IllegalStateException("zhifa.security.password-min-length 不得小于 8（等保 2.0 三级）");
        }
        if (maxFailedLogins < 1) {
            throw new IllegalStateException("zhifa.security.max-failed-logins 至少为 1");
        }
    }
}
