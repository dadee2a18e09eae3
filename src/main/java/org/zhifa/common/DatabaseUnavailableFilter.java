package org.zhifa.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The database failures that happen before a controller is reached (token look-up, session checks in the security
 * filters) become the same 503 as those inside ({@link ProblemHandler}), not the container's 500: problem+json for
 * API clients, for pages the error page in the layout (rendered without the menu and without the database).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectProvider<ThymeleafViewResolver> views;

    DatabaseUnavailableFilter(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("数据库不可用，{} {} 答复 503：{}", request.getMethod(), request.getRequestURI(), e.toString());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (ProblemHandler.wantsJson(request)) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"" + DatabaseUnavailable.TITLE
                        + "\",\"detail\":\"" + DatabaseUnavailable.DETAIL + "\"}");
            } else {
                page(request, response);
            }
        }
    }

    /**
     * The error page of the layout: the model names no user, so the layout shows neither menu nor account, and the
     * page reads nothing from the database. Should the template itself fail, the container's static page says the same.
     */
    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ThymeleafViewResolver resolver = views.getIfAvailable();
            View view = resolver == null ? null : resolver.resolveViewName("error", Locale.SIMPLIFIED_CHINESE);
            if (view != null) {
                // the page has no form, and the CSRF token would be read from the session, which lives in the
                // database (Spring Session JDBC): the layout leaves its token out
                request.removeAttribute("_csrf");
                request.removeAttribute(CsrfToken.class.getName());
                view.render(Map.of("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "problemTitle", DatabaseUnavailable.TITLE, "detail", DatabaseUnavailable.DETAIL), request, response);
                return;
            }
        } catch (Exception e) {
            log.warn("数据库不可用页面无法按布局生成，改用静态页面：{}", e.toString());
            response.resetBuffer();
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ContainerErrorValve.page(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL));
    }
}
