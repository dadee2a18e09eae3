package org.zhifa.common;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every failure into RFC 9457 problem+json with a Chinese {@code detail} for {@code /api/**}, or into
 * the error page for the web UI. Rule refusals carry the article; bad input never becomes a 500; no stack
 * trace reaches a user.
 */
@ControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ObjectProvider<MultipartConfigElement> uploadLimits;

    ProblemHandler(ObjectProvider<MultipartConfigElement> uploadLimits) {
        this.uploadLimits = uploadLimits;
    }

    @ExceptionHandler(RuleViolationException.class)
    Object rule(RuleViolationException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "规则不允许此操作", e.rejection().text(),
                Map.of("article", e.rejection().article()));
    }

    @ExceptionHandler(AccessRefusedException.class)
    Object refused(AccessRefusedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "无权执行此操作", e.rejection().text(),
                Map.of("article", e.rejection().article()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "无权执行此操作", "您的角色无权访问该功能", Map.of());
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "未找到", e.getMessage(), Map.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "输入有误", e.getMessage(),
                e.fieldErrors().isEmpty() ? Map.of() : Map.of("fields", e.fieldErrors()));
    }

    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest request) {
        // the same messages as the pages' (FormErrors): each starts with the field's Chinese name
        Map<String, String> fields = FormErrors.of(e.getBindingResult(),
                e instanceof MethodArgumentNotValidException m ? m.getParameter().getParameterType() : null);
        return respond(request, HttpStatus.BAD_REQUEST, "输入有误", "请检查填写的内容：" + String.join("；", fields.values()),
                Map.of("fields", fields));
    }

    @ExceptionHandler(RateLimitedException.class)
    Object rateLimited(RateLimitedException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        return respond(request, HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", e.getMessage(), Map.of());
    }

    /** Chinese text only: an English message of a library never reaches a user. */
    @ExceptionHandler(IllegalArgumentException.class)
    Object illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        String detail = Problems.chinese(e.getMessage()) ? e.getMessage() : "请求参数有误";
        return respond(request, HttpStatus.BAD_REQUEST, "请求有误", detail, Map.of());
    }

    @ExceptionHandler(ConflictException.class)
    Object stateConflict(ConflictException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, "当前状态不允许此操作", e.getMessage(), Map.of());
    }

    /**
     * Everything else: a database that cannot be reached (503 with Retry-After), the framework's own errors (parse,
     * conversion, missing parameter, method, media type, unknown path, upload size), database refusals caused by the
     * input, and finally the 500 with a reference for the log.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("数据库不可用，{} {} 答复 503：{}", request.getMethod(), request.getRequestURI(), e.toString());
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return respond(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL,
                    Map.of());
        }
        Problems.Problem p = Problems.describe(e, uploadLimits.getIfAvailable());
        if (p == null) {
            return unexpected(e, request);
        }
        if (e instanceof DataAccessException) {
            log.warn("输入被数据库拒绝 {} {}：{}", request.getMethod(), request.getRequestURI(), e.getMessage());
        }
        Object answer = respond(request, p);
        if (e instanceof ErrorResponse r && answer instanceof ResponseEntity<?> entity && !r.getHeaders().isEmpty()) {
            // e.g. Allow for 405, Accept for 415
            return ResponseEntity.status(entity.getStatusCode()).headers(r.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(entity.getBody());
        }
        return answer;
    }

    /** The same answers for a failure that reached the container's error dispatch instead of Spring MVC. */
    Object handle(Throwable e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof RuleViolationException x) {
            return rule(x, request);
        }
        if (e instanceof AccessRefusedException x) {
            return refused(x, request);
        }
        if (e instanceof AccessDeniedException x) {
            return denied(x, request);
        }
        if (e instanceof NotFoundException x) {
            return notFound(x, request);
        }
        if (e instanceof InvalidInputException x) {
            return invalid(x, request);
        }
        if (e instanceof BindException x) {
            return binding(x, request);
        }
        if (e instanceof IllegalArgumentException x) {
            return illegalArgument(x, request);
        }
        if (e instanceof Exception x) {
            return other(x, request, response);
        }
        return unexpected(e, request);
    }

    private Object unexpected(Throwable e, HttpServletRequest request) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("未处理的错误 [{}] {} {}", ref, request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误",
                "系统内部错误，请联系管理员（错误编号 " + ref + "）", Map.of());
    }

    /** The request as the client sent it: during an error dispatch, the original address. */
    static String originalUri(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded instanceof String s ? s : request.getRequestURI();
    }

    Object respond(HttpServletRequest request, Problems.Problem p) {
        return respond(request, p.status(), p.title(), p.detail(), p.properties());
    }

    static boolean wantsJson(HttpServletRequest request) {
        String uri = originalUri(request);
        String accept = request.getHeader("Accept");
        return uri.startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    Object respond(HttpServletRequest request, HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        if (wantsJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            properties.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        // an htmx request gets the problem alone, swapped in where its result would have been (layout's htmx-config)
        ModelAndView mav = new ModelAndView("true".equals(request.getHeader("HX-Request")) ? "fragments/problem :: problem"
                : "error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("problemTitle", title);
        mav.addObject("detail", detail);
        mav.addObject("article", properties.get("article"));
        mav.addObject("fields", properties.get("fields"));
        // the layout keeps the user's menu (read without the database) except when the database is down
        mav.addObject("withMenu", status != HttpStatus.SERVICE_UNAVAILABLE);
        return mav;
    }
}
