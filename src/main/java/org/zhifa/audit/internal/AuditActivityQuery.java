package org.zhifa.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditActivity;

/** {@link AuditActivity} through the user-name index of the audit table. */
@Component
class AuditActivityQuery implements AuditActivity {

    private final JdbcClient jdbc;

    AuditActivityQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> activeAmong(Collection<String> usernames, Instant from, Instant to) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct username from audit_record
                where username in (:names) and result = 'SUCCESS' and occurred_at >= :from and occurred_at < :to
                """).param("names", usernames).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(String.class).list());
    }
}
