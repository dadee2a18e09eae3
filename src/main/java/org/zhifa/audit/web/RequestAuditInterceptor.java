package org.zhifa.audit.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE) once it has completed: who, from where, which
 * path, and how it ended. Request bodies are never recorded (they may hold passwords or personal data).
 */
class RequestAuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditInterceptor.class);

    static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Identity records these itself as LOGIN events, with the name that was typed. */
    static final Set<String> SKIPPED_PATHS = Set.of("/api/auth/token", "/login");

    private final AuditTrail auditTrail;

    RequestAuditInterceptor(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        String method = request.getMethod();
        // error dispatches would record the same request a second time
        if (request.getDispatcherType() != DispatcherType.REQUEST || !STATE_CHANGING.contains(method)) {
            return;
        }
        String path = pathOf(request);
        if (SKIPPED_PATHS.contains(path) || request.getAttribute(AuditTrail.AUDITED_BY_HANDLER) != null) {
            return;
        }
        int status = response.getStatus();
        AuditResult result = resultOf(status, ex);
        Optional<Actor> actor = CurrentActor.get();
        try {
            auditTrail.record(new AuditEvent(actor.map(Actor::username).orElse(null),
                    actor.map(Actor::unitId).orElse(null), actor.map(Actor::unitName).orElse(null),
                    "HTTP_" + method, "REQUEST", path, result, "HTTP 状态 " + status,
                    org.zhifa.common.ClientAddress.of(request)));
        } catch (RuntimeException e) {
            // the response is already written; losing this line must be loud in the log, not a second error
            log.error("无法记录请求审计：{} {}（状态 {}）", method, path, status, e);
        }
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    static AuditResult resultOf(int status, Exception ex) {
        if (status == 401 || status == 403 || status == 422) {
            return AuditResult.REFUSED;
        }
        if (status >= 400 || ex != null) {
            return AuditResult.FAILURE;
        }
        return AuditResult.SUCCESS;
    }
}
