package org.zhifa.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The login form's authentication, delegating to {@link LoginService} (lockout, TOTP, audit). */
@Component
class ZhifaAuthenticationProvider implements AuthenticationProvider {

    private final LoginService logins;

    ZhifaAuthenticationProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d : new LoginDetails(null, null);
        ZhifaPrincipal principal = logins.authenticate(authentication.getName(),
                authentication.getCredentials() == null ? null : authentication.getCredentials().toString(),
                details.totp(), details.remoteAddress(), "WEB");
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
