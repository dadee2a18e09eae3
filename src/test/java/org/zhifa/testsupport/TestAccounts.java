package org.zhifa.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh accounts with the demo password for tests that must not touch the shared demo users. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /**
     * A new account of a unit with one role (or none when {@code role} is null), enabled or not.
     *
     * @return the account id
     */
    public static long create(JdbcClient jdbc, PasswordEncoder encoder, String username, long unitId, String role,
            boolean enabled) {
        long id = jdbc.sql("""
                insert into user_account (username, display_name, unit_id, password_hash, password_changed_at, enabled)
                values (?, ?, ?, ?, now(), ?) returning id""")
                .params(username, username + "（测试）", unitId, encoder.encode(TestApi.DEMO_PASSWORD), enabled)
                .query(Long.class).single();
        if (role != null) {
            jdbc.sql("insert into user_role (user_id, role, granted_by) values (?, ?, 'test')").params(id, role).update();
        }
        return id;
    }
}
