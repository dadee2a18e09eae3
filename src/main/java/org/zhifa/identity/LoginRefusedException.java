package org.zhifa.identity;

import org.springframework.security.core.AuthenticationException;

/** A refused login with the Chinese reason shown to the user. */
public class LoginRefusedException extends AuthenticationException {

    /** Why: shapes the HTTP status of the token endpoint. */
    public enum Reason { BAD_CREDENTIALS, LOCKED, DISABLED, TOTP_REQUIRED, PASSWORD_EXPIRED }

    private final Reason reason;

    public LoginRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
