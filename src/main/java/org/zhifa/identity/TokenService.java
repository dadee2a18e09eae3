package org.zhifa.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Bearer tokens for {@code /api/**}: random, stored only as a SHA-256 digest, expiring. */
@Service
public class TokenService {

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final LoginService logins;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(JdbcClient jdbc, UserAccounts accounts, LoginService logins, SecurityProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.logins = logins;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token issued to a user. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(ZhifaPrincipal principal) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(properties.tokenTtl());
        jdbc.sql("insert into api_token (token_hash, user_id, expires_at) values (?, ?, ?)")
                .params(digest(token), principal.userId(), Timestamp.from(expires)).update();
        return new IssuedToken(token, expires);
    }

    /** The principal behind a valid token; empty when unknown, expired, revoked or the account is disabled/locked. */
    public Optional<ZhifaPrincipal> resolve(String token) {
        Instant now = clock.instant();
        return accounts.findByToken(digest(token))
                .filter(a -> a.account().enabled() && !a.account().lockedAt(now))
                .map(a -> logins.principal(a.account(), a.roles(), now));
    }

    public void revoke(String token) {
        jdbc.sql("update api_token set revoked = true where token_hash = ?").param(digest(token)).update();
    }

    void revokeAll(long userId) {
        jdbc.sql("update api_token set revoked = true where user_id = ? and not revoked").param(userId).update();
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
