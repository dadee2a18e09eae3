package org.zhifa.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a one-time or expired password is changed (and, where required, an administrator has enrolled a second
 * factor) only the account pages are reachable.
 */
class AccountGateFilter extends OncePerRequestFilter {

    private static final String[] OPEN = {"/account/", "/logout", "/login", "/webjars/", "/css/", "/js/", "/error",
        "/public/", "/api/public/", "/favicon"};

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ZhifaPrincipal p && (p.mustChangePassword() || p.mustEnrolTotp())
                && !open(request)) {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : OPEN) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
