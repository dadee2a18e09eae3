package org.zhifa.common;

import java.time.temporal.Temporal;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** The Chinese problem for a JSON body that cannot be read: syntax, wrong type, refused text, naming the field. */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    static Problems.Problem describe(HttpMessageNotReadableException m) {
        Throwable cause = m.getCause();
        if (cause == null) {
            String text = m.getMessage() == null ? "" : m.getMessage();
            return new Problems.Problem(HttpStatus.BAD_REQUEST, text.startsWith("Required request body is missing")
                    ? "缺少请求内容（JSON）" : "请求内容无法解析，请检查 JSON 格式");
        }
        String field = cause instanceof JacksonException j ? path(j) : "";
        if (cause instanceof JsonInputConfiguration.RefusedTextException r) {
            return fieldProblem(field, r.reason());
        }
        if (cause instanceof PropertyBindingException p) {
            String name = p.getPropertyName() == null ? field : p.getPropertyName();
            return fieldProblem(name, "不是可以接受的字段");
        }
        if (cause instanceof ValueInstantiationException v) {
            Throwable root = v.getCause();
            while (root != null && root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = root != null && Problems.chinese(root.getMessage()) ? root.getMessage() : "取值不符合要求";
            return field.isEmpty() ? new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容有误：" + reason)
                    : fieldProblem(field, reason);
        }
        if (cause instanceof MismatchedInputException mi) {
            if (mi.getTargetType() != null && Temporal.class.isAssignableFrom(mi.getTargetType())) {
                return fieldProblem(field, "不是有效的" + Problems.expected(mi.getTargetType()));
            }
            String message = "格式不正确，应为" + Problems.expected(mi.getTargetType());
            return field.isEmpty() ? new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容的结构不正确，应为"
                    + Problems.expected(mi.getTargetType())) : fieldProblem(field, message);
        }
        if (cause instanceof InputCoercionException) {
            return field.isEmpty() ? new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容中的数值超出允许的范围")
                    : fieldProblem(field, "数值超出允许的范围");
        }
        if (cause instanceof StreamReadException s) {
            String where = s.getLocation() == null || s.getLocation().getLineNr() < 0 ? ""
                    : "（第 " + s.getLocation().getLineNr() + " 行第 " + s.getLocation().getColumnNr() + " 列附近）";
            return new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON" + where);
        }
        return new Problems.Problem(HttpStatus.BAD_REQUEST, field.isEmpty() ? "请求内容无法解析，请检查 JSON 格式"
                : "字段 " + field + " 的值无法解析");
    }

    private static Problems.Problem fieldProblem(String field, String message) {
        String name = field.isEmpty() ? "请求内容" : field;
        return new Problems.Problem(HttpStatus.BAD_REQUEST, "字段 " + name + " " + message, name, message);
    }

    /** The JSON path of the failure, e.g. {@code items[2].plate}; empty at the top level. */
    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
