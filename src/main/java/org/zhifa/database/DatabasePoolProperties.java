package org.zhifa.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's connection pool.
 *
 * @param maxSize connections the application keeps open at most. Default 20 (the value before it was a setting):
 *                the 8 case steps that may run at once may each hold two connections for their transaction
 *                ({@code zhifa.cases.max-concurrent-steps}), device ingest holds one per batch in flight, and the
 *                others serve reads, each of which holds one only for its statement (a list page is one statement).
 *                A request needing a connection waits for one at most {@code zhifa.db.connection-timeout}. On two
 *                cores more connections do not answer faster, and fewer starve reads while steps run
 *                (docs/performance.md).
 */
@ConfigurationProperties("zhifa.db.pool")
public record DatabasePoolProperties(Integer maxSize) {

    public DatabasePoolProperties {
        if (maxSize == null) {
            maxSize = 20;
        }
        if (maxSize < 2) {
            throw new IllegalArgumentException("zhifa.db.pool.max-size 不得小于 2");
        }
    }
}
