package org.zhifa.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;

/**
 * Web security: session login for pages, bearer tokens for {@code /api/**}, CSRF on forms, security headers, and
 * Chinese problem+json for API clients. Paths under {@code /public/**} and {@code /api/public/**} need no login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {"/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/error", "/public/**", "/api/public/**", "/api/auth/token"};

    /** The OpenAPI document and Swagger UI: public unless {@code zhifa.security.public-api-docs=false} (prod). */
    static final String[] API_DOC_PATHS = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Before every other filter, so that the audit trail, logins and rate limits all see the same client address. */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(SecurityProperties properties) {
        FilterRegistrationBean<TrustedProxyFilter> registration =
                new FilterRegistrationBean<>(new TrustedProxyFilter(properties.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TokenService tokens, AuditTrail audit,
            SecurityProperties properties, SessionStamps stamps) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        RequestMatcher bearer = BearerTokenFilter::hasBearer;
        // without a session nothing can be forged across sites: such an API call is answered 401, not a CSRF 403
        RequestMatcher sessionlessApi = request -> api.matches(request) && request.getSession(false) == null;
        // only a page address is remembered for after the login; an API call creates no session
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(request -> !api.matches(request) && "GET".equals(request.getMethod()));
        AuthenticationDetailsSource<HttpServletRequest, LoginDetails> details = LoginDetails::from;

        // The provider bean is the global authentication manager's only provider; registering it here as well
        // would run it twice per login and count each failure twice.
        http.authorizeHttpRequests(a -> {
            a.requestMatchers(PUBLIC_PATHS).permitAll();
            if (properties.publicApiDocs()) {
                a.requestMatchers(API_DOC_PATHS).permitAll();
            }
            a.anyRequest().authenticated();
        })
                .requestCache(c -> c.requestCache(requestCache))
                .formLogin(f -> f.loginPage("/login").authenticationDetailsSource(details)
                        .defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(logoutSuccess(audit)).permitAll())
                .csrf(c -> c.ignoringRequestMatchers(bearer).ignoringRequestMatchers(sessionlessApi)
                        .ignoringRequestMatchers("/api/auth/token", "/api/public/**"))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                // before authorization: a session whose account changed ends before anything is decided on it
                .addFilterBefore(new AccountGateFilter(stamps), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> ProblemResponses.write(res,
                                HttpServletResponse.SC_UNAUTHORIZED, "未认证", "请先登录或提供有效的访问令牌", null), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .defaultAccessDeniedHandlerFor((req, res, ex) -> ProblemResponses.write(res,
                                HttpServletResponse.SC_FORBIDDEN, "无权执行此操作", "请求被拒绝（权限不足或缺少 CSRF 令牌）", null), api)
                        .defaultAccessDeniedHandlerFor((req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN),
                                request -> true))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    private static LogoutSuccessHandler logoutSuccess(AuditTrail audit) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof ZhifaPrincipal p) {
                audit.record(new AuditEvent(p.username(), p.unitId(), p.unitName(), "LOGOUT", "USER",
                        String.valueOf(p.userId()), AuditResult.SUCCESS, "退出登录", LoginDetails.clientAddress(request)));
            }
            response.sendRedirect(request.getContextPath() + "/login?logout");
        };
    }
}
