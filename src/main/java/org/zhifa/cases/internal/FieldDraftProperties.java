package org.zhifa.cases.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of field drafts sent from a phone.
 *
 * @param claimExpiry a draft's idempotency key claimed by a request that never recorded its case (the request died:
 *                    server restart, connection lost mid-request) may be claimed again by the same officer after this
 *                    long; until then the draft is answered 409 正在提交
 */
@ConfigurationProperties("zhifa.cases.field-drafts")
public record FieldDraftProperties(Duration claimExpiry) {

    public FieldDraftProperties {
        // a field form opens its case in one transaction of well under a second, and waits at most
        // zhifa.db.connection-timeout (3 s) for a connection: a claim ten minutes old without its case belongs to a
        // request that is no longer running, while a slow but living request is never overtaken by the retry
        claimExpiry = claimExpiry == null ? Duration.ofMinutes(10) : claimExpiry;
        if (claimExpiry.isNegative() || claimExpiry.isZero()) {
            throw new IllegalArgumentException("zhifa.cases.field-drafts.claim-expiry 必须为正");
        }
    }
}
