package org.zhifa.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.crypto.PersonalDataCipher;

/**
 * Failed logins with a user name that has no account, counted and locked exactly like an account's, so that the
 * answers (remaining attempts, lockout) do not tell whether an account exists. Only a keyed SM3 digest of the name is
 * kept: a password typed into the name field is not stored, and the table lists nobody.
 */
@Repository
class UnknownNameAttempts {

    /** Rows untouched this long are forgotten (a row that is back at zero attempts and unlocked sooner). */
    static final Duration FORGET_AFTER = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    UnknownNameAttempts(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    String key(String name) {
        return cipher.blindIndex("login-name:" + name);
    }

    Optional<Instant> lockedUntil(String key, Instant now) {
        return jdbc.sql("select locked_until from login_attempt where name_key = ? and locked_until > ?")
                .params(key, Timestamp.from(now)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Counts a failure as {@link UserAccounts#recordFailure} does for an account. */
    UserAccounts.FailureOutcome recordFailure(String key, int max, Instant now, Instant lockUntil) {
        jdbc.sql("""
                delete from login_attempt where updated_at < :forget
                   or (failed_attempts = 0 and (locked_until is null or locked_until < :now))""")
                .param("forget", Timestamp.from(now.minus(FORGET_AFTER))).param("now", Timestamp.from(now)).update();
        return jdbc.sql("""
                insert into login_attempt (name_key, failed_attempts, locked_until, updated_at)
                values (:key, case when 1 >= :max then 0 else 1 end, case when 1 >= :max then cast(:until as timestamptz) end,
                        :now)
                on conflict (name_key) do update set
                    failed_attempts = case when login_attempt.failed_attempts + 1 >= :max then 0
                                           else login_attempt.failed_attempts + 1 end,
                    locked_until = case when login_attempt.failed_attempts + 1 >= :max then cast(:until as timestamptz)
                                        else login_attempt.locked_until end,
                    updated_at = :now
                returning failed_attempts, (locked_until is not null and locked_until = :until) as locked""")
                .param("key", key).param("max", max).param("until", Timestamp.from(lockUntil))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new UserAccounts.FailureOutcome(rs.getInt(1), rs.getBoolean(2))).single();
    }
}
