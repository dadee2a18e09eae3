package org.zhifa.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices for an account's holder, shown at the next login (e.g. that an administrator reset the password). */
@Repository
class AccountNotices {

    private final JdbcClient jdbc;

    AccountNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long userId, String text, Instant at) {
        jdbc.sql("insert into account_notice (user_id, text, created_at) values (?, ?, ?)")
                .params(userId, text, Timestamp.from(at)).update();
    }

    /** The notices not yet shown, oldest first, marked as shown now. */
    List<String> takePending(long userId, Instant now) {
        return jdbc.sql("""
                update account_notice set shown_at = :now where user_id = :user and shown_at is null
                returning created_at, text""").param("now", Timestamp.from(now)).param("user", userId)
                .query((rs, n) -> new Object[] {rs.getTimestamp(1), rs.getString(2)}).list().stream()
                .sorted((a, b) -> ((Timestamp) a[0]).compareTo((Timestamp) b[0])).map(a -> (String) a[1]).toList();
    }
}
