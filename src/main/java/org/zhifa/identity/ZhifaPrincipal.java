package org.zhifa.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhifa.common.Actor;

/**
 * The logged-in user as held in the session or resolved from a bearer token.
 *
 * @param mustChangePassword one-time password or password older than the maximum age: only the password page
 *                           is reachable until it is changed
 * @param mustEnrolTotp      an administrator without a second factor where one is required
 * @param securityStamp      the account's security stamp at login: a web session whose stamp is no longer the
 *                           account's ends at its next request ({@link SessionStamps})
 */
public record ZhifaPrincipal(long userId, String username, String displayName, long unitId, String unitName,
        Set<Role> roles, boolean mustChangePassword, boolean mustEnrolTotp, long securityStamp)
        implements Actor, UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    @Override
    public Set<String> roleCodes() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public String roleLabels() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** This principal after the holder changed the password in this session, which raised the stamp to {@code stamp}. */
    ZhifaPrincipal passwordChanged(long stamp) {
        return new ZhifaPrincipal(userId, username, displayName, unitId, unitName, roles, false, mustEnrolTotp, stamp);
    }
}
