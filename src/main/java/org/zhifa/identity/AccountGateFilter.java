package org.zhifa.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two gates for a logged-in web session. First, a session whose account changed since the login (password, status,
 * roles, unit: {@link SessionStamps}) ends at once: pages go to the login page with a notice, API calls get 401. Then,
 * until a one-time or expired password is changed (and, where required, an administrator has enrolled a second
 * factor) only the account pages are reachable.
 */
class AccountGateFilter extends OncePerRequestFilter {

    private static final String[] OPEN = {"/account/", "/logout", "/login", "/webjars/", "/css/", "/js/", "/error",
        "/public/", "/api/public/", "/favicon"};
    /** Static files: no account data, so no database look-up of the stamp for each of them. */
    private static final String[] ASSETS = {"/webjars/", "/css/", "/js/", "/img/", "/favicon"};

    private final SessionStamps stamps;

    AccountGateFilter(SessionStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof ZhifaPrincipal p)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!BearerTokenFilter.hasBearer(request) && !startsWithAny(request, ASSETS)) {
            Optional<String> reason = stamps.endReason(p);
            if (reason.isPresent()) {
                stamps.end(p, reason.get(), request);
                sendToLogin(request, response, api);
                return;
            }
        }
        if ((p.mustChangePassword() || p.mustEnrolTotp()) && !startsWithAny(request, OPEN)) {
            if (api) {
                ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "请先完成账户安全设置",
                        p.mustChangePassword() ? "密码为一次性密码或已超过有效期，请先登录网页修改密码" : "管理员须先启用双因素认证",
                        PasswordPolicy.ARTICLE);
            } else {
                response.sendRedirect(request.getContextPath()
                        + (p.mustChangePassword() ? "/account/password" : "/account/totp"));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Pages to the login page with the notice; htmx requests navigate there as a whole; API calls get 401. */
    private static void sendToLogin(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException {
        String login = request.getContextPath() + "/login?ended";
        if (api) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, SessionStamps.ENDED_TITLE,
                    SessionStamps.ENDED_DETAIL, null);
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(login);
        }
    }

    private static boolean startsWithAny(HttpServletRequest request, String[] prefixes) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
