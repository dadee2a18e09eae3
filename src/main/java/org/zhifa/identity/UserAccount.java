package org.zhifa.identity;

import java.time.Instant;

/**
 * A row of user_account, as the identity module reads it.
 *
 * @param securityStamp raised by every change that ends the holder's web sessions (see {@link SessionStamps})
 */
record UserAccount(long id, String username, String displayName, long unitId, String passwordHash,
        Instant passwordChangedAt, boolean mustChangePassword, boolean enabled, int failedAttempts,
        Instant lockedUntil, String totpSecret, boolean totpEnabled, Instant lastLoginAt, int version, long securityStamp) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
