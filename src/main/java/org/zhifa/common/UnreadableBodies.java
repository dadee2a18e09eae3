package org.zhifa.common;

import java.time.temporal.Temporal;
import java.util.List;
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
        String shown = cause instanceof JacksonException j ? named(j) : "";
        if (cause instanceof JsonInputConfiguration.RefusedTextException r) {
            return fieldProblem(field, shown, r.reason());
        }
        if (cause instanceof PropertyBindingException p) {
            String name = p.getPropertyName() == null ? field : p.getPropertyName();
            return fieldProblem(name, name, "不是可以接受的字段");
        }
        if (cause instanceof ValueInstantiationException v) {
            Throwable root = v.getCause();
            while (root != null && root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = root != null && Problems.chinese(root.getMessage()) ? root.getMessage() : "取值不符合要求";
            return field.isEmpty() ? new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容有误：" + reason)
                    : fieldProblem(field, shown, reason);
        }
        if (cause instanceof MismatchedInputException mi) {
            if (mi.getTargetType() != null && Temporal.class.isAssignableFrom(mi.getTargetType())) {
                return fieldProblem(field, shown, "不是有效的" + Problems.expected(mi.getTargetType()));
            }
            String message = "格式不正确，应为" + Problems.expected(mi.getTargetType());
            return field.isEmpty() ? new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容的结构不正确，应为"
                    + Problems.expected(mi.getTargetType())) : fieldProblem(field, shown, message);
        }
        if (cause instanceof InputCoercionException) {
            return field.isEmpty() ? new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容中的数值超出允许的范围")
                    : fieldProblem(field, shown, "数值超出允许的范围");
        }
        if (cause instanceof StreamReadException s) {
            String where = s.getLocation() == null || s.getLocation().getLineNr() < 0 ? ""
                    : "（第 " + s.getLocation().getLineNr() + " 行第 " + s.getLocation().getColumnNr() + " 列附近）";
            return new Problems.Problem(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON" + where);
        }
        return new Problems.Problem(HttpStatus.BAD_REQUEST, field.isEmpty() ? "请求内容无法解析，请检查 JSON 格式"
                : "字段 " + shown + " 的值无法解析");
    }

    private static Problems.Problem fieldProblem(String field, String shown, String message) {
        String name = field.isEmpty() ? "请求内容" : field;
        return new Problems.Problem(HttpStatus.BAD_REQUEST, "字段 " + (field.isEmpty() ? name : shown) + " " + message,
                name, message);
    }

    /**
     * The JSON path with the field's Chinese name when the record names it ({@code @Schema} description, as
     * {@link FormErrors} reads it): {@code points（调整分值）}.
     */
    static String named(JacksonException e) {
        String path = path(e);
        List<JacksonException.Reference> refs = e.getPath();
        if (path.isEmpty() || refs.isEmpty()) {
            return path;
        }
        JacksonException.Reference last = refs.get(refs.size() - 1);
        Object from = last.from();
        if (last.getPropertyName() == null || from == null) {
            return path;
        }
        String label = FormErrors.label(from instanceof Class<?> c ? c : from.getClass(), last.getPropertyName());
        return label.equals(last.getPropertyName()) ? path : path + "（" + label + "）";
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
