package org.zhifa.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;

/**
 * Web sessions end when their account changes: a password set or reset, an account disabled, a role granted or
 * revoked, a change of unit each raise the account's security stamp ({@code user_account.security_stamp}); the session
 * keeps the stamp of its login in its {@link ZhifaPrincipal}, and {@link AccountGateFilter} ends a session whose stamp
 * is no longer the account's at its next request (audited). Bearer tokens are revoked or read fresh instead.
 */
@Component
public class SessionStamps {

    static final String ENDED_TITLE = "登录已结束";
    /** The notice of a session ended this way (login page, API problem). */
    public static final String ENDED_DETAIL = "您的账户安全信息已变更（密码被重置或修改、账户被停用、角色或所属单位调整），"
            + "本次登录已结束，请重新登录";

    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionStamps(UserAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Why the session of this principal must end (the latest change), or empty while its stamp is the account's. */
    Optional<String> endReason(ZhifaPrincipal principal) {
        Optional<UserAccounts.SecurityStamp> stamp = accounts.securityStamp(principal.userId());
        if (stamp.isEmpty()) {
            return Optional.of("账户不存在");
        }
        if (stamp.get().value() == principal.securityStamp()) {
            return Optional.empty();
        }
        return Optional.of(stamp.get().reason() == null ? "账户安全信息变更" : stamp.get().reason());
    }

    /** Ends the request's session and records the forced logout in the holder's name. */
    void end(ZhifaPrincipal principal, String reason, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        audit.record(new AuditEvent(principal.username(), principal.unitId(), principal.unitName(), "SESSION_ENDED",
                "USER", String.valueOf(principal.userId()), AuditResult.SUCCESS,
                "登录后账户安全信息已变更（最近一次：" + reason + "），该会话在下一次请求时被强制结束",
                LoginDetails.clientAddress(request)));
    }

    /**
     * The session in which the holder changed the password continues: it takes the stamp that the change produced
     * and no longer has to change the password. Only when the change raised the stamp by exactly one step; when some
     * other change came in between, the session keeps its old stamp and so ends at its next request.
     */
    public void continueAfterPasswordChange(ZhifaPrincipal user, long stamp, HttpServletRequest request,
            HttpServletResponse response) {
        ZhifaPrincipal next = user.passwordChanged(stamp == user.securityStamp() + 1 ? stamp : user.securityStamp());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(next, null, next.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
