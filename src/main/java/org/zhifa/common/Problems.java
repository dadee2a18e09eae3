package org.zhifa.common;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The Chinese problem for a failure the application does not raise itself: Spring MVC's parse, conversion, binding,
 * method and media-type errors, JSON that cannot be read, and database refusals caused by the input. Unknown failures
 * are 500 and nothing else is.
 */
final class Problems {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    private Problems() {
    }

    /** status, Chinese title and detail, and extra members (e.g. {@code fields}, {@code article}). */
    record Problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {

        Problem(HttpStatus status, String detail) {
            this(status, Problems.title(status), detail, Map.of());
        }

        Problem(HttpStatus status, String detail, String field, String fieldMessage) {
            this(status, Problems.title(status), detail, Map.of("fields", Map.of(field, fieldMessage)));
        }
    }

    static boolean chinese(String text) {
        return text != null && CHINESE.matcher(text).find();
    }

    /** The Chinese title of a status. */
    static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "未认证";
            case 403 -> "无权执行此操作";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法提供所要求的格式";
            case 408 -> "请求超时";
            case 409 -> "数据冲突";
            case 413 -> "内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 422 -> "规则不允许此操作";
            case 429 -> "请求过于频繁";
            case 431 -> "请求头过大";
            case 503 -> "服务暂不可用";
            default -> status.is4xxClientError() ? "请求有误" : "系统内部错误";
        };
    }

    /** A generic Chinese detail for a status, when nothing more specific is known. */
    static String detailOf(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确（例如地址含有空字符 %00、编码的斜杠、无效的百分号编码或不允许的字符）";
            case 401 -> "请先登录或提供有效的访问令牌";
            case 403 -> "请求被拒绝（权限不足或缺少 CSRF 令牌）";
            case 404 -> "请求的页面或接口不存在";
            case 405 -> "本地址不支持该请求方法";
            case 408 -> "请求超时，请重试";
            case 413 -> "请求内容超过允许的大小";
            case 414 -> "请求地址过长";
            case 415 -> "不支持该内容类型";
            case 429 -> "请求过于频繁，请稍后再试";
            case 431 -> "请求头过大";
            case 503 -> "服务暂不可用，请稍后重试";
            default -> status >= 500 ? "系统内部错误，请联系管理员" : "请求无法完成";
        };
    }

    /**
     * The problem for a failure, or null when it is not one of the known kinds (then it is a 500).
     *
     * @param uploadLimits the configured multipart limits, named in the answer to an upload over them (may be null)
     */
    static Problem describe(Throwable failure, MultipartConfigElement uploadLimits) {
        Throwable e = unwrap(failure);
        if (e instanceof HttpMessageNotReadableException m) {
            return UnreadableBodies.describe(m);
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return badParameter(m.getName(), ParameterNames.of(m.getParameter()), m.getRequiredType());
        }
        if (e instanceof TypeMismatchException m) {
            return badParameter(m.getPropertyName(), ParameterNames.of(String.valueOf(m.getPropertyName())),
                    m.getRequiredType());
        }
        if (e instanceof MissingServletRequestParameterException m) {
            String name = m.getMethodParameter() != null ? ParameterNames.of(m.getMethodParameter())
                    : ParameterNames.of(m.getParameterName());
            return missing(m.getParameterName(), name, "必须填写");
        }
        if (e instanceof MissingServletRequestPartException m) {
            return missing(m.getRequestPartName(), ParameterNames.of(m.getRequestPartName()), "请选择要上传的文件");
        }
        if (e instanceof MissingPathVariableException m && m.isMissingAfterConversion()) {
            return missing(m.getVariableName(), ParameterNames.of(m.getParameter()), "必须填写");
        }
        if (e instanceof MissingRequestHeaderException m) {
            return new Problem(HttpStatus.BAD_REQUEST, "缺少请求头 " + m.getHeaderName());
        }
        if (e instanceof MissingRequestCookieException m) {
            return new Problem(HttpStatus.BAD_REQUEST, "缺少 Cookie " + m.getCookieName());
        }
        if (e instanceof ServletRequestBindingException) {
            return new Problem(HttpStatus.BAD_REQUEST, "请求参数不完整或格式不正确");
        }
        if (e instanceof HandlerMethodValidationException m) {
            return invalidParameters(m);
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            String supported = m.getSupportedHttpMethods() == null || m.getSupportedHttpMethods().isEmpty() ? ""
                    : "，本地址支持：" + m.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining("、"));
            return new Problem(HttpStatus.METHOD_NOT_ALLOWED, "本地址不支持 " + m.getMethod() + " 请求" + supported);
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            String given = m.getContentType() == null ? "（未指定）" : m.getContentType().getType() + "/"
                    + m.getContentType().getSubtype();
            String supported = m.getSupportedMediaTypes().isEmpty() ? "" : "，请使用 " + m.getSupportedMediaTypes()
                    .stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct().collect(Collectors.joining(" 或 "));
            return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型 " + given + supported);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new Problem(HttpStatus.NOT_ACCEPTABLE, "无法按请求头 Accept 要求的格式返回，请接受 application/json");
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return new Problem(HttpStatus.NOT_FOUND, "请求的页面或接口不存在");
        }
        if (e instanceof MaxUploadSizeExceededException m) {
            return uploadTooLarge(m.getMaxUploadSize(), uploadLimits);
        }
        if (e instanceof InvalidParameterException p) {
            // the container could not read the parameters, e.g. those of a page's upload over the limits, which the
            // CSRF check reads before Spring MVC does
            if (causedBy(p, SizeException.class)) {
                return uploadTooLarge(-1, uploadLimits);
            }
            HttpStatus status = HttpStatus.resolve(p.getErrorCode());
            return new Problem(status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST,
                    "请求参数无法读取（格式、编码、数量或大小不符合要求）");
        }
        if (e instanceof MultipartException) {
            return new Problem(HttpStatus.BAD_REQUEST, "上传内容（multipart/form-data）格式不正确或不完整");
        }
        if (e instanceof AsyncRequestTimeoutException) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "处理超时，请稍后重试");
        }
        if (e instanceof DataAccessException d) {
            return DatabaseRefusals.describe(d);
        }
        if (e instanceof DateTimeException) {
            return new Problem(HttpStatus.BAD_REQUEST, "日期或时间无效，应为" + expected(LocalDate.class));
        }
        if (e instanceof ErrorResponse r) {
            HttpStatus status = HttpStatus.resolve(r.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                String reason = r.getBody().getDetail();
                return new Problem(status, chinese(reason) ? reason : detailOf(status.value()));
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Filters and the container wrap what was thrown; the cause is what tells. */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != t) {
            t = s.getRootCause();
        }
        return t;
    }

    /**
     * A request parameter's value that cannot be converted: the message names the parameter in Chinese
     * ({@link ParameterNames}) like a form's field ({@link FormErrors}); {@code fields} is keyed by the request's name.
     */
    private static Problem badParameter(String key, String name, Class<?> type) {
        String message = name + "：格式不正确，应为" + expected(type).strip();
        return new Problem(HttpStatus.BAD_REQUEST, title(HttpStatus.BAD_REQUEST), "请检查填写的内容：" + message,
                Map.of("fields", Map.of(key == null ? "_" : key, message)));
    }

    private static Problem missing(String key, String name, String what) {
        String message = name + "：" + what;
        return new Problem(HttpStatus.BAD_REQUEST, title(HttpStatus.BAD_REQUEST), "请检查填写的内容：" + message,
                Map.of("fields", Map.of(key == null ? "_" : key, message)));
    }

    private static Problem invalidParameters(HandlerMethodValidationException m) {
        Map<String, String> fields = new LinkedHashMap<>();
        m.getParameterValidationResults().forEach(r -> {
            String key = ParameterNames.requestName(r.getMethodParameter());
            String message = r.getResolvableErrors().stream().map(x -> x.getDefaultMessage())
                    .filter(Problems::chinese).findFirst().orElse("不符合要求");
            fields.putIfAbsent(key == null ? "_" : key, ParameterNames.of(r.getMethodParameter()) + "：" + message);
        });
        String detail = fields.isEmpty() ? "请求参数不符合要求" : "请检查填写的内容：" + String.join("；", fields.values());
        return new Problem(HttpStatus.BAD_REQUEST, "请求有误", detail, Map.of("fields", fields));
    }

    /** What a value of this type looks like, in Chinese. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "正确的格式";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "整数";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " true 或 false";
        }
        if (type == LocalDate.class) {
            return "日期（YYYY-MM-DD，且须是日历上存在的日期，如 2026-03-02）";
        }
        if (type == YearMonth.class) {
            return "月份（YYYY-MM，如 2026-12）";
        }
        if (type == Year.class) {
            return "四位年份（如 2026）";
        }
        if (type == LocalTime.class) {
            return "时刻（HH:mm，如 09:30）";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == Instant.class) {
            return "时间（ISO-8601，如 2026-03-02T09:30:00+08:00，且须是存在的时间）";
        }
        if (type == UUID.class) {
            return " UUID（如 3f2c…）";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "文本";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).limit(30).toList();
            return "以下取值之一：" + String.join("、", names);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return " JSON 对象";
        }
        return "正确的格式";
    }

    /**
     * 413 naming the limits: {@code spring.servlet.multipart.max-file-size} for one file and {@code max-request-size}
     * for the whole request (the container does not say which of the two was exceeded), also as numbers of bytes.
     */
    static Problem uploadTooLarge(long reportedMax, MultipartConfigElement limits) {
        List<String> named = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        if (limits != null && limits.getMaxFileSize() > 0) {
            named.add("单个文件不得超过 " + size(limits.getMaxFileSize()));
            properties.put("maxFileSize", limits.getMaxFileSize());
        }
        if (limits != null && limits.getMaxRequestSize() > 0) {
            named.add("一次上传的内容合计不得超过 " + size(limits.getMaxRequestSize()));
            properties.put("maxRequestSize", limits.getMaxRequestSize());
        }
        if (named.isEmpty() && reportedMax > 0) {
            named.add("上传的内容不得超过 " + size(reportedMax));
            properties.put("maxRequestSize", reportedMax);
        }
        String detail = "上传的内容超过允许的大小" + (named.isEmpty() ? "" : "：" + String.join("，", named));
        return new Problem(HttpStatus.CONTENT_TOO_LARGE, title(HttpStatus.CONTENT_TOO_LARGE), detail, properties);
    }

    /** A size in the unit it was configured in (50MB reads 50 MB, 1536KB reads 1536 KB). */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        return bytes % 1024 == 0 ? (bytes / 1024) + " KB" : bytes + " 字节";
    }
}
