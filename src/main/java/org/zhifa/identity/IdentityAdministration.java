package org.zhifa.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.common.Rejection;
import org.zhifa.common.RuleViolationException;

/**
 * Administration of users and roles under 三员分立 (units: {@link UnitAdministration}): the system administrator manages units and users but
 * grants no roles; the security administrator grants roles and unlocks accounts but does not edit users' data; the
 * audit administrator does neither. Each refusal names its basis and is audited.
 */
@Service
public class IdentityAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,50}");
    private static final String SEPARATION = AdminSeparationPolicy.ARTICLE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final OrgUnits units;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final TokenService tokens;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final AccountNotices notices;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IdentityAdministration(UserAccounts accounts, UserDirectory directory, OrgUnits units, PasswordEncoder encoder,
            SecurityProperties properties, TokenService tokens, AuditTrail audit, JdbcClient jdbc, AccountNotices notices,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.units = units;
        this.encoder = encoder;
        this.properties = properties;
        this.tokens = tokens;
        this.audit = audit;
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    /** A created user or reset password: the one-time password is shown once and never stored in clear. */
    public record OneTimePassword(long userId, String username, String password) {
    }

    // ---- users (system administrator) ----

    @Transactional
    public OneTimePassword createUser(Actor actor, String username, String displayName, Long unitId) {
        require(actor, Role.SYSTEM_ADMIN, "USER_CREATED", "三员分立：只有系统管理员可以创建用户");
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "用户名须为 3–50 位字母、数字、下划线、点或连字符");
        } else if (accounts.findByUsername(name).isPresent()) {
            errors.put("username", "用户名已存在");
        }
        validateProfile(displayName, unitId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("用户信息有误", errors);
        }
        String password = oneTimePassword();
        long id = accounts.insert(name, displayName.trim(), unitId, encoder.encode(password), true);
        audit.success("USER_CREATED", "USER", id, "创建用户 " + name + "，单位 " + units.require(unitId).name());
        return new OneTimePassword(id, name, password);
    }

    @Transactional
    public void updateUser(Actor actor, long userId, int version, String displayName, Long unitId) {
        require(actor, Role.SYSTEM_ADMIN, "USER_UPDATED", "三员分立：只有系统管理员可以修改用户信息");
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        Map<String, String> errors = new LinkedHashMap<>();
        validateProfile(displayName, unitId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("用户信息有误", errors);
        }
        accounts.update(userId, version, displayName.trim(), unitId);
        audit.success("USER_UPDATED", "USER", userId, "修改用户 " + account.username() + "：姓名 " + displayName.trim()
                + "，单位 " + units.require(unitId).name());
    }

    /**
     * Disables or enables an account under {@link AdminSeparationPolicy#accountStatusChange}: users' accounts by the
     * system administrator, administrators' by the security administrator, nobody their own. Disabling revokes every
     * token of the account; the holder's web sessions end at their next request ({@link SessionStamps}).
     */
    @Transactional
    public void setEnabled(Actor actor, long userId, boolean enabled) {
        String action = enabled ? "USER_ENABLED" : "USER_DISABLED";
        if (!actor.hasRole(Role.SYSTEM_ADMIN.name()) && !actor.hasRole(Role.SECURITY_ADMIN.name())) {
            require(actor, Role.SYSTEM_ADMIN, action, "三员分立：只有系统管理员（业务用户）或安全管理员（管理员）可以停用或启用账户");
        }
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        var decision = AdminSeparationPolicy.accountStatusChange(roles(actor), actor.userId() == userId,
                accounts.roles(userId));
        if (!decision.isAllowed()) {
            Rejection r = decision.firstRejection().orElseThrow();
            audit.refused(action, "USER", userId, (enabled ? "启用" : "停用") + "用户 " + account.username() + " 被拒绝："
                    + r.message());
            throw new AccessRefusedException(r);
        }
        accounts.setEnabled(userId, enabled);
        if (!enabled) {
            tokens.revokeAll(userId);
        }
        audit.success(action, "USER", userId, (enabled ? "启用用户 " : "停用用户 ") + account.username());
    }

    /** Whether the actor may disable or enable this account (to offer the button only where it works). */
    public boolean mayChangeStatus(Actor actor, long userId) {
        return AdminSeparationPolicy.accountStatusChange(roles(actor), actor.userId() == userId, accounts.roles(userId))
                .isAllowed();
    }

    /**
     * Resets a password under {@link AdminSeparationPolicy#passwordReset}: the holder must change it at the next login,
     * every token of the account is revoked, every web session ends at its next request ({@link SessionStamps}), and
     * the holder is told by a notice at the next login.
     */
    @Transactional
    public OneTimePassword resetPassword(Actor actor, long userId) {
        if (!actor.hasRole(Role.SYSTEM_ADMIN.name()) && !actor.hasRole(Role.SECURITY_ADMIN.name())) {
            require(actor, Role.SYSTEM_ADMIN, "PASSWORD_RESET", "三员分立：只有系统管理员（业务用户）或安全管理员（管理员）可以重置密码");
        }
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        var decision = AdminSeparationPolicy.passwordReset(roles(actor), actor.userId() == userId, accounts.roles(userId));
        if (!decision.isAllowed()) {
            Rejection r = decision.firstRejection().orElseThrow();
            audit.refused("PASSWORD_RESET", "USER", userId, "重置用户 " + account.username() + " 的密码被拒绝：" + r.message());
            throw new AccessRefusedException(r);
        }
        String password = oneTimePassword();
        String by = roleLabel(actor) + " " + actor.username();
        accounts.setPassword(userId, encoder.encode(password), true, "密码被" + by + " 重置");
        tokens.revokeAll(userId);
        notices.add(userId, "您的密码已于 " + MINUTE.format(clock.instant()) + " 由" + by + " 重置，须修改后才能继续使用。"
                + "如非您本人申请，请立即联系安全管理员并核查审计记录。", clock.instant());
        audit.success("PASSWORD_RESET", "USER", userId, "重置用户 " + account.username() + " 的密码（一次性密码，须首次登录修改；"
                + "已通知本人）");
        return new OneTimePassword(userId, account.username(), password);
    }

    /** Whether the actor may reset this user's password (to offer the button only where it works). */
    public boolean mayResetPassword(Actor actor, long userId) {
        return AdminSeparationPolicy.passwordReset(roles(actor), actor.userId() == userId, accounts.roles(userId))
                .isAllowed();
    }

    private static Set<Role> roles(Actor actor) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (actor.hasRole(r.name())) {
                roles.add(r);
            }
        }
        return roles;
    }

    private static String roleLabel(Actor actor) {
        return roles(actor).stream().filter(Role::isAdmin).map(Role::label).findFirst().orElse("管理员");
    }

    // ---- roles and locks (security administrator) ----

    @Transactional
    public void grantRole(Actor actor, long userId, Role role) {
        if (!firstSecurityAdministrator(actor, role)) {
            requireRoleManager(actor, userId, "ROLE_GRANTED");
        }
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        Set<Role> after = EnumSet.copyOf(withNone(accounts.roles(userId)));
        after.add(role);
        var decision = AdminSeparationPolicy.check(after);
        if (!decision.isAllowed()) {
            Rejection r = decision.firstRejection().orElseThrow();
            audit.refused("ROLE_GRANTED", "USER", userId, "授予 " + role.label() + " 被拒绝：" + r.message());
            throw new RuleViolationException(r);
        }
        accounts.grant(userId, role, actor.username());
        audit.success("ROLE_GRANTED", "USER", userId, "授予用户 " + account.username() + " 角色 " + role.label());
    }

    @Transactional
    public void revokeRole(Actor actor, long userId, Role role) {
        requireRoleManager(actor, userId, "ROLE_REVOKED");
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        accounts.revoke(userId, role);
        audit.success("ROLE_REVOKED", "USER", userId, "撤销用户 " + account.username() + " 的角色 " + role.label());
    }

    @Transactional
    public void unlock(Actor actor, long userId) {
        require(actor, Role.SECURITY_ADMIN, "ACCOUNT_UNLOCKED", "三员分立：只有安全管理员可以解锁账户");
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        accounts.unlock(userId);
        audit.success("ACCOUNT_UNLOCKED", "USER", userId, "解锁用户 " + account.username());
    }

    // ---- queries ----

    /** A row of the user list. */
    public record UserRow(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles,
            boolean enabled, boolean locked, boolean totpEnabled, int version) {

        public String roleLabels() {
            return roles.stream().sorted().map(Role::label).reduce((a, b) -> a + "、" + b).orElse("");
        }
    }

    /** Users visible to the actor, filtered by a keyword (user name or name) and unit. */
    public PageResult<UserRow> users(Set<Long> visibleUnits, String q, Long unitId, int page, int size) {
        int pageSize = PageResult.clampSize(size);
        int pageIndex = Math.max(0, page);
        List<Long> scope = new ArrayList<>(visibleUnits);
        if (unitId != null) {
            scope.retainAll(units.descendantsAndSelf(unitId).stream().map(OrgUnitView::id).toList());
        }
        if (scope.isEmpty()) {
            return new PageResult<>(List.of(), 0, pageIndex, pageSize);
        }
        String pattern = q == null || q.isBlank() ? null : "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " where unit_id in (:units)" + (pattern == null ? "" : " and (username ilike :q or display_name ilike :q)");
        var countSpec = jdbc.sql("select count(*) from user_account" + where).param("units", scope);
        var listSpec = jdbc.sql("select " + """
                id, username, display_name, unit_id, enabled, totp_enabled, version,
                (locked_until is not null and locked_until > now()) as locked from user_account""" + where
                + " order by unit_id, username limit :limit offset :offset")
                .param("units", scope).param("limit", pageSize).param("offset", (long) pageIndex * pageSize);
        if (pattern != null) {
            countSpec = countSpec.param("q", pattern);
            listSpec = listSpec.param("q", pattern);
        }
        long total = countSpec.query(Long.class).single();
        List<UserRow> raw = listSpec.query((rs, n) -> new UserRow(rs.getLong("id"), rs.getString("username"),
                rs.getString("display_name"), rs.getLong("unit_id"), "", Set.of(), rs.getBoolean("enabled"),
                rs.getBoolean("locked"), rs.getBoolean("totp_enabled"), rs.getInt("version"))).list();
        Map<Long, Set<Role>> roles = directory.roles(raw.stream().map(UserRow::id).toList());
        List<UserRow> rows = raw.stream().map(r -> new UserRow(r.id(), r.username(), r.displayName(), r.unitId(),
                units.find(r.unitId()).map(OrgUnitView::name).orElse(""), roles.getOrDefault(r.id(), Set.of()),
                r.enabled(), r.locked(), r.totpEnabled(), r.version())).toList();
        return new PageResult<>(rows, total, pageIndex, pageSize);
    }

    public UserRow user(long userId) {
        UserAccount a = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        return new UserRow(a.id(), a.username(), a.displayName(), a.unitId(),
                units.find(a.unitId()).map(OrgUnitView::name).orElse(""), accounts.roles(a.id()), a.enabled(),
                a.lockedAt(clock.instant()), a.totpEnabled(), a.version());
    }

    // ---- helpers ----

    void require(Actor actor, Role role, String action, String message) {
        if (!actor.hasRole(role.name())) {
            audit.refused(action, "USER", null, message);
            throw new AccessRefusedException(Rejection.of(SEPARATION, message));
        }
    }

    /**
     * Bootstrap of a new installation: until some account holds SECURITY_ADMIN, the system administrator may
     * designate the first security administrator (only that role); from then on roles belong to the security
     * administrator alone.
     */
    private boolean firstSecurityAdministrator(Actor actor, Role role) {
        return role == Role.SECURITY_ADMIN && actor.hasRole(Role.SYSTEM_ADMIN.name())
                && jdbc.sql("select count(*) from user_role where role = 'SECURITY_ADMIN'").query(Long.class).single() == 0;
    }

    private void requireRoleManager(Actor actor, long userId, String action) {
        if (!actor.hasRole(Role.SECURITY_ADMIN.name())) {
            String message = actor.hasRole(Role.SYSTEM_ADMIN.name())
                    ? "三员分立：系统管理员不得授予或撤销角色，角色由安全管理员管理"
                    : "三员分立：只有安全管理员可以授予或撤销角色";
            audit.refused(action, "USER", userId, message);
            throw new AccessRefusedException(Rejection.of(SEPARATION, message));
        }
        if (actor.userId() == userId) {
            audit.refused(action, "USER", userId, "不得修改自己的角色");
            throw new AccessRefusedException(Rejection.of(SEPARATION, "三员分立：管理员不得修改自己的角色"));
        }
    }

    private void validateProfile(String displayName, Long unitId, Map<String, String> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "请填写姓名");
        } else if (displayName.trim().length() > 50) {
            errors.put("displayName", "姓名不得超过 50 个字");
        }
        if (unitId == null || units.find(unitId).isEmpty()) {
            errors.put("unitId", "请选择所属单位");
        } else if (!units.require(unitId).active()) {
            errors.put("unitId", "该单位已撤销");
        }
    }

    private static Set<Role> withNone(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
    }

    /** A random one-time password that satisfies the password policy. */
    String oneTimePassword() {
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String digits = "23456789";
        String symbols = "@#%+=!";
        String all = upper + lower + digits + symbols;
        List<Character> chars = new ArrayList<>();
        chars.add(upper.charAt(random.nextInt(upper.length())));
        chars.add(lower.charAt(random.nextInt(lower.length())));
        chars.add(digits.charAt(random.nextInt(digits.length())));
        chars.add(symbols.charAt(random.nextInt(symbols.length())));
        while (chars.size() < Math.max(12, properties.passwordMinLength())) {
            chars.add(all.charAt(random.nextInt(all.length())));
        }
        java.util.Collections.shuffle(chars, random);
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }
}
