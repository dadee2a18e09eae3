package org.zhifa.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into RFC 9457 problem+json with a Chinese {@code detail} for {@code /api/**}, or into
 * the error page for the web UI. Rule refusals carry the article; bad input never becomes a 500; no stack
 * trace reaches a user.
 */
@ControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

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

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "未找到", "页面或资源不存在", Map.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "输入有误", e.getMessage(),
                e.fieldErrors().isEmpty() ? Map.of() : Map.of("fields", e.fieldErrors()));
    }

    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
        return respond(request, HttpStatus.BAD_REQUEST, "输入有误", "请检查填写的内容：" + String.join("；", fields.values()),
                Map.of("fields", fields));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            HttpMessageNotReadableException.class, IllegalArgumentException.class})
    Object badRequest(Exception e, HttpServletRequest request) {
        String detail;
        if (e instanceof MissingServletRequestParameterException m) {
            detail = "缺少参数：" + m.getParameterName();
        } else if (e instanceof MethodArgumentTypeMismatchException m) {
            detail = "参数格式不正确：" + m.getName();
        } else if (e instanceof HttpMessageNotReadableException) {
            detail = "请求内容无法解析，请检查 JSON 格式";
        } else {
            detail = e.getMessage() == null ? "请求有误" : e.getMessage();
        }
        return respond(request, HttpStatus.BAD_REQUEST, "请求有误", detail, Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法", "不支持 " + e.getMethod() + " 请求", Map.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传的文件超过允许的大小", Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, "数据已被他人修改", "该记录已被其他用户修改，请刷新后重试", Map.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("数据库不可用，{} {} 答复 503：{}", request.getMethod(), request.getRequestURI(), e.toString());
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return respond(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL,
                    Map.of());
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("未处理的错误 [{}] {} {}", ref, request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误",
                "系统内部错误，请联系管理员（错误编号 " + ref + "）", Map.of());
    }

    static boolean wantsJson(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return uri.startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        if (wantsJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            properties.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("title", title);
        mav.addObject("detail", detail);
        mav.addObject("article", properties.get("article"));
        return mav;
    }
}
