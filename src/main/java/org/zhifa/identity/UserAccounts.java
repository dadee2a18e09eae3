package org.zhifa.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for user accounts, roles, password history and tokens. */
@Repository
class UserAccounts {

    private static final String COLUMNS = """
            id, username, display_name, unit_id, password_hash, password_changed_at, must_change_password, enabled,
            failed_attempts, locked_until, totp_secret, totp_enabled, last_login_at, version, security_stamp""";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = ?").param(username)
                .query(UserAccounts::map).optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = ?").param(id)
                .query(UserAccounts::map).optional();
    }

    /** An account with its roles. */
    record WithRoles(UserAccount account, Set<Role> roles) {
    }

    /**
     * The account holding the unrevoked, unexpired API token with this digest, and its roles: one statement, as it
     * runs for every API request.
     */
    Optional<WithRoles> findByToken(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + ", array(select r.role from user_role r where r.user_id = a.id) as roles"
                + " from user_account a where a.id = (select t.user_id from api_token t where t.token_hash = ?"
                + " and not t.revoked and t.expires_at > now())").param(tokenHash)
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    return new WithRoles(map(rs, n), roles);
                }).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    long insert(String username, String displayName, long unitId, String passwordHash, boolean mustChange) {
        long id = jdbc.sql("""
                insert into user_account (username, display_name, unit_id, password_hash, password_changed_at,
                                          must_change_password)
                values (?, ?, ?, ?, now(), ?) returning id""")
                .params(username, displayName, unitId, passwordHash, mustChange).query(Long.class).single();
        addHistory(id, passwordHash);
        return id;
    }

    /** Updates name and unit; a change of unit raises the security stamp (the holder's sessions end). */
    void update(long id, int expectedVersion, String displayName, long unitId) {
        int n = jdbc.sql("""
                update user_account set display_name = ?, unit_id = ?, version = version + 1,
                       security_stamp = case when unit_id = ? then security_stamp else security_stamp + 1 end,
                       security_stamp_reason = case when unit_id = ? then security_stamp_reason else '所属单位变更' end
                where id = ? and version = ?""").params(displayName, unitId, unitId, unitId, id, expectedVersion)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("用户已被他人修改");
        }
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("""
                update user_account set enabled = ?, version = version + 1, security_stamp = security_stamp + 1,
                       security_stamp_reason = ? where id = ?""").params(enabled, enabled ? "账户被启用" : "账户被停用", id)
                .update();
    }

    /**
     * Sets a new password hash and raises the security stamp (every session of the holder ends).
     *
     * @return the new security stamp
     */
    long setPassword(long id, String hash, boolean mustChange, String reason) {
        long stamp = jdbc.sql("""
                update user_account set password_hash = ?, password_changed_at = now(), must_change_password = ?,
                       version = version + 1, security_stamp = security_stamp + 1, security_stamp_reason = ?
                 where id = ? returning security_stamp""").params(hash, mustChange, reason, id).query(Long.class).single();
        addHistory(id, hash);
        return stamp;
    }

    /** The account's current security stamp and the reason of its latest raise; empty when there is no account. */
    Optional<SecurityStamp> securityStamp(long id) {
        return jdbc.sql("select security_stamp, security_stamp_reason from user_account where id = ?").param(id)
                .query((rs, n) -> new SecurityStamp(rs.getLong(1), rs.getString(2))).optional();
    }

    record SecurityStamp(long value, String reason) {
    }

    List<String> recentPasswordHashes(long id, int limit) {
        return jdbc.sql("select password_hash from password_history where user_id = ? order by changed_at desc, id desc limit ?")
                .params(id, limit).query(String.class).list();
    }

    private void addHistory(long id, String hash) {
        jdbc.sql("insert into password_history (user_id, password_hash) values (?, ?)").params(id, hash).update();
    }

    /**
     * Counts a failed attempt. When the count reaches {@code max} the account is locked until {@code lockUntil}
     * and the counter starts again. Returns the attempts so far (0 after locking) and whether it is now locked.
     */
    FailureOutcome recordFailure(long id, int max, Instant lockUntil) {
        return jdbc.sql("""
                update user_account
                   set failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                       locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                 where id = :id
                returning failed_attempts, (locked_until = :until) as locked""")
                .param("max", max).param("until", Timestamp.from(lockUntil)).param("id", id)
                .query((rs, n) -> new FailureOutcome(rs.getInt(1), rs.getBoolean(2))).single();
    }

    record FailureOutcome(int attempts, boolean locked) {
    }

    void recordSuccess(long id) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null, last_login_at = now() where id = ?")
                .param(id).update();
    }

    void unlock(long id) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
    }

    void setTotp(long id, String encryptedSecret, boolean enabled) {
        jdbc.sql("update user_account set totp_secret = ?, totp_enabled = ? where id = ?")
                .params(encryptedSecret, enabled, id).update();
    }

    Set<Role> roles(long userId) {
        return jdbc.sql("select role from user_role where user_id = ?").param(userId).query(String.class).list()
                .stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    Map<Long, Set<Role>> roles(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select user_id, role from user_role where user_id in (:ids)").param("ids", userIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    void grant(long userId, Role role, String grantedBy) {
        int n = jdbc.sql("insert into user_role (user_id, role, granted_by) values (?, ?, ?) on conflict do nothing")
                .params(userId, role.name(), grantedBy).update();
        if (n > 0) {
            raiseStamp(userId, "被授予角色 " + role.label());
        }
    }

    void revoke(long userId, Role role) {
        int n = jdbc.sql("delete from user_role where user_id = ? and role = ?").params(userId, role.name()).update();
        if (n > 0) {
            raiseStamp(userId, "被撤销角色 " + role.label());
        }
    }

    private void raiseStamp(long userId, String reason) {
        jdbc.sql("""
                update user_account set security_stamp = security_stamp + 1, security_stamp_reason = ?
                 where id = ?""").params(reason, userId).update();
    }

    static UserAccount map(ResultSet rs, int n) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), rs.getString("password_hash"), instant(rs, "password_changed_at"),
                rs.getBoolean("must_change_password"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                instant(rs, "locked_until"), rs.getString("totp_secret"), rs.getBoolean("totp_enabled"),
                instant(rs, "last_login_at"), rs.getInt("version"), rs.getLong("security_stamp"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
