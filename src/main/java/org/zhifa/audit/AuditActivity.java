package org.zhifa.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Who used the system, as the usage rate (方案第33条) reads it from the audit trail: the accounts that recorded at least
 * one successful action in a period.
 */
public interface AuditActivity {

    /** User names of {@code usernames} with at least one successful audit record from {@code from} (inclusive) to {@code to} (exclusive). */
    Set<String> activeAmong(Collection<String> usernames, Instant from, Instant to);
}
