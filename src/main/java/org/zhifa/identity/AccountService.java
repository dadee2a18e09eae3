package org.zhifa.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.crypto.PersonalDataCipher;

/** A user's own account: changing the password (policy, history) and enrolling the TOTP second factor. */
@Service
public class AccountService {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final AccountNotices notices;
    private final Clock clock;

    AccountService(UserAccounts accounts, PasswordEncoder encoder, SecurityProperties properties,
            PersonalDataCipher cipher, AuditTrail audit, AccountNotices notices, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.cipher = cipher;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Changes the holder's own password. The security stamp is raised, so the holder's other web sessions end at their
     * next request; the session that made the change continues with the returned stamp ({@link SessionStamps}).
     *
     * @return the account's new security stamp
     */
    @Transactional
    public long changePassword(long userId, String current, String next, String confirm) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            errors.put("current", "当前密码不正确");
        }
        if (next == null || !next.equals(confirm)) {
            errors.put("confirm", "两次输入的新密码不一致");
        }
        if (next != null) {
            PasswordPolicy.of(properties).check(next, account.username()).rejections().stream()
                    .map(Rejection::message).reduce((a, b) -> a + "；" + b).ifPresent(m -> errors.put("next", m));
            boolean reused = accounts.recentPasswordHashes(userId, properties.passwordHistory()).stream()
                    .anyMatch(h -> encoder.matches(next, h));
            if (reused && !errors.containsKey("next")) {
                errors.put("next", "新密码不得与最近 " + properties.passwordHistory() + " 次使用过的密码相同");
            }
        }
        if (!errors.isEmpty()) {
            audit.refused("PASSWORD_CHANGED", "USER", userId, "修改密码未通过校验：" + String.join("；", errors.keySet()));
            throw new InvalidInputException("密码修改失败", errors);
        }
        long stamp = accounts.setPassword(userId, encoder.encode(next), false, "本人在另一会话中修改了密码");
        audit.success("PASSWORD_CHANGED", "USER", userId, "用户修改了自己的密码（其他会话随之结束）");
        return stamp;
    }

    /** Starts enrolment: a new secret, not yet active. Returns the secret (base32). */
    @Transactional
    public String startTotpEnrolment(long userId) {
        String secret = Totp.newSecret();
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        if (account.totpEnabled()) {
            throw new InvalidInputException("已启用双因素认证");
        }
        accounts.setTotp(userId, cipher.encrypt(secret), false);
        return secret;
    }

    /** Completes enrolment when the code from the authenticator app matches. */
    @Transactional
    public void confirmTotp(long userId, String code) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        if (account.totpSecret() == null || !Totp.verify(cipher.decrypt(account.totpSecret()), code, clock.instant())) {
            audit.refused("TOTP_ENROLLED", "USER", userId, "动态口令校验失败");
            throw new InvalidInputException("动态口令不正确，请核对手机时间后重试", Map.of("code", "动态口令不正确"));
        }
        accounts.setTotp(userId, account.totpSecret(), true);
        audit.success("TOTP_ENROLLED", "USER", userId, "启用 TOTP 双因素认证");
    }

    /** Notices for the holder not shown before (e.g. a password reset by an administrator); shown once, now. */
    @Transactional
    public List<String> takeNotices(long userId) {
        List<String> pending = notices.takePending(userId, clock.instant());
        if (!pending.isEmpty()) {
            audit.success("ACCOUNT_NOTICE_SHOWN", "USER", userId, "登录后向本人显示账户安全提示 " + pending.size() + " 条");
        }
        return pending;
    }

    public String pendingTotpSecret(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        return account.totpSecret() == null || account.totpEnabled() ? null : cipher.decrypt(account.totpSecret());
    }

    public boolean totpEnabled(long userId) {
        return accounts.findById(userId).map(UserAccount::totpEnabled).orElse(false);
    }

    public String totpIssuer() {
        return properties.totpIssuer();
    }
}
