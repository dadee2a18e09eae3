package org.zhifa.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases to link evidence to: the fictitious demo cases of a user's unit (德令哈 for officer1, 格尔木 for officer3),
 * the n-th by id. Tests of the recording rule use their own n, so that no other test's recording counts for them.
 */
final class EvidenceCases {

    /** Shared by tests that link evidence without counting it. */
    static final int ANY = 0;

    private EvidenceCases() {
    }

    static String of(JdbcClient jdbc, String username, int n) {
        return jdbc.sql("""
                select c.id from penalty_case c
                where c.unit_id = (select unit_id from user_account where username = ?)
                order by c.id offset ? limit 1
                """).params(username, n).query(Long.class).single().toString();
    }

    static long unitOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select unit_id from user_account where username = ?").param(username).query(Long.class)
                .single();
    }

    static long audited(JdbcClient jdbc, String action, String objectId) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?").params(action, objectId)
                .query(Long.class).single();
    }
}
