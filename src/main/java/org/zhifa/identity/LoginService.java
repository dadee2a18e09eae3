package org.zhifa.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InputText;
import org.zhifa.crypto.PersonalDataCipher;

/**
 * Checks credentials for the login form and the token endpoint alike: lockout after repeated failures,
 * disabled accounts, the optional TOTP second factor, password age. Every attempt is audited.
 */
@Service
public class LoginService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ChinaTime.ZONE);
    /** A hash that no password matches, so unknown users cost the same time as known ones. */
    private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BZ8mY.JxUeXDEi3Kkz8WQ0rGvyAa";

    /** user_account.username is varchar(50). */
    private static final int MAX_USERNAME = 50;

    private final UserAccounts accounts;
    private final UnknownNameAttempts unknownNames;
    private final OrgUnits units;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    LoginService(UserAccounts accounts, UnknownNameAttempts unknownNames, OrgUnits units, PasswordEncoder encoder, SecurityProperties properties,
            AuditTrail audit, PersonalDataCipher cipher, Clock clock) {
        this.accounts = accounts;
        this.unknownNames = unknownNames;
        this.units = units;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Authenticates or throws {@link LoginRefusedException} with the reason in Chinese.
     *
     * @param channel "WEB" or "API", recorded in the audit trail
     */
    public ZhifaPrincipal authenticate(String username, String password, String totpCode, String source, String channel) {
        String name = username == null ? "" : username.trim();
        Instant now = clock.instant();
        // a name no account can have (too long, or with a character the database refuses) is simply unknown
        UserAccount account = name.length() <= MAX_USERNAME && InputText.acceptable(name)
                ? accounts.findByUsername(name).orElse(null) : null;
        if (account == null) {
            throw unknownName(name, password, source, channel, now);
        }
        if (account.lockedAt(now)) {
            auditLogin(name, account, AuditResult.REFUSED, "账户锁定期间尝试登录", source, channel);
            throw new LoginRefusedException(LoginRefusedException.Reason.LOCKED, lockedMessage(account.lockedUntil()));
        }
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            throw failure(account, "密码错误", source, channel, now);
        }
        // only the holder of the password learns that the account is disabled
        if (!account.enabled()) {
            auditLogin(name, account, AuditResult.REFUSED, "账户已停用", source, channel);
            throw new LoginRefusedException(LoginRefusedException.Reason.DISABLED, "账户已停用，请联系系统管理员");
        }
        if (account.totpEnabled()) {
            if (totpCode == null || totpCode.isBlank()) {
                auditLogin(name, account, AuditResult.REFUSED, "缺少动态口令", source, channel);
                throw new LoginRefusedException(LoginRefusedException.Reason.TOTP_REQUIRED, "该账户已启用双因素认证，请输入动态口令");
            }
            if (!Totp.verify(cipher.decrypt(account.totpSecret()), totpCode, now)) {
                throw failure(account, "动态口令错误", source, channel, now);
            }
        }
        accounts.recordSuccess(account.id());
        ZhifaPrincipal principal = principal(account, now);
        auditLogin(name, account, AuditResult.SUCCESS, "登录成功（" + ("WEB".equals(channel) ? "网页" : "接口") + "）", source, channel);
        return principal;
    }

    /**
     * A name without an account is answered exactly as a wrong password is: the same password hashing work, the same
     * count of remaining attempts, the same lockout and the same messages.
     */
    private LoginRefusedException unknownName(String name, String password, String source, String channel,
            Instant now) {
        String key = unknownNames.key(name);
        var locked = unknownNames.lockedUntil(key, now);
        if (locked.isPresent()) {
            auditLogin(name, null, AuditResult.REFUSED, "用户名不存在（该用户名暂停登录期间）", source, channel);
            return new LoginRefusedException(LoginRefusedException.Reason.LOCKED, lockedMessage(locked.get()));
        }
        encoder.matches(password == null ? "" : password, DUMMY_HASH);
        Instant until = now.plus(properties.lockDuration());
        UserAccounts.FailureOutcome outcome = unknownNames.recordFailure(key, properties.maxFailedLogins(), now, until);
        auditLogin(name, null, AuditResult.FAILURE, outcome.locked() ? "用户名不存在（连续 " + properties.maxFailedLogins()
                + " 次，该用户名暂停登录至 " + TIME.format(until) + "）" : "用户名不存在", source, channel);
        return outcome.locked() ? lockedNow(until) : badCredentials(outcome);
    }

    /** The principal of an account as it stands now (used after login and for bearer tokens). */
    ZhifaPrincipal principal(UserAccount account, Instant now) {
        return principal(account, accounts.roles(account.id()), now);
    }

    /** The same, with the account's roles already read. */
    ZhifaPrincipal principal(UserAccount account, Set<Role> roles, Instant now) {
        boolean expired = account.passwordChangedAt().plus(properties.passwordMaxAge()).isBefore(now);
        boolean mustEnrol = properties.requireTotpForAdmins() && !account.totpEnabled()
                && roles.stream().anyMatch(Role::isAdmin);
        return new ZhifaPrincipal(account.id(), account.username(), account.displayName(), account.unitId(),
                units.find(account.unitId()).map(OrgUnitView::name).orElse(""), roles,
                account.mustChangePassword() || expired, mustEnrol, account.securityStamp());
    }

    private LoginRefusedException failure(UserAccount account, String what, String source, String channel, Instant now) {
        Instant until = now.plus(properties.lockDuration());
        UserAccounts.FailureOutcome outcome = accounts.recordFailure(account.id(), properties.maxFailedLogins(), until);
        if (outcome.locked()) {
            auditLogin(account.username(), account, AuditResult.FAILURE, what, source, channel);
            audit.record(new AuditEvent(account.username(), account.unitId(), unitName(account), "ACCOUNT_LOCKED",
                    "USER", String.valueOf(account.id()), AuditResult.SUCCESS,
                    "连续 " + properties.maxFailedLogins() + " 次登录失败，锁定至 " + TIME.format(until), source));
            return lockedNow(until);
        }
        auditLogin(account.username(), account, AuditResult.FAILURE, what, source, channel);
        return badCredentials(outcome);
    }

    private LoginRefusedException lockedNow(Instant until) {
        return new LoginRefusedException(LoginRefusedException.Reason.LOCKED, "连续 " + properties.maxFailedLogins()
                + " 次登录失败，账户已锁定 " + properties.lockDuration().toMinutes() + " 分钟（至 " + TIME.format(until)
                + "），如需提前解锁请联系安全管理员");
    }

    private LoginRefusedException badCredentials(UserAccounts.FailureOutcome outcome) {
        int left = properties.maxFailedLogins() - outcome.attempts();
        return new LoginRefusedException(LoginRefusedException.Reason.BAD_CREDENTIALS,
                "用户名或密码错误，再失败 " + left + " 次账户将被锁定");
    }

    private String lockedMessage(Instant until) {
        return "账户已锁定，请于 " + TIME.format(until) + " 后重试，或联系安全管理员解锁";
    }

    private void auditLogin(String username, UserAccount account, AuditResult result, String detail, String source,
            String channel) {
        audit.record(new AuditEvent(username, account == null ? null : account.unitId(),
                account == null ? null : unitName(account), "LOGIN", "USER",
                account == null ? null : String.valueOf(account.id()), result, detail, source));
    }

    private String unitName(UserAccount account) {
        return units.find(account.unitId()).map(OrgUnitView::name).orElse(null);
    }
}
