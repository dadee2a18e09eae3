package org.zhifa.evidence.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhifa.audit.AuditTrail;

/**
 * A request for an evidence file without a login is answered 401 by the security filters before any controller runs;
 * this filter, just outside them, records that refused attempt too, so that every refused attempt to read evidence
 * content is in the audit log (authenticated refusals are recorded by the controller and its advice).
 */
@Component
class AnonymousContentAudit extends OncePerRequestFilter implements Ordered {

    private static final Pattern CONTENT = Pattern.compile("^/api/evidence/(\\d{1,18})/content$");

    private final AuditTrail audit;

    AnonymousContentAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public int getOrder() {
        // Spring Security's filter chain runs at -100: wrap it.
        return -101;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CONTENT.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            Matcher m = CONTENT.matcher(path(request));
            if (m.matches()) {
                audit.refused("EVIDENCE_CONTENT_REFUSED", "EVIDENCE", m.group(1), "未登录访问证据文件被拒绝");
            }
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
