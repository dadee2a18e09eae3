package org.zhifa.common;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one rendering of bad form input, for pages and the API: a Chinese message per field that starts with the field's
 * Chinese name (the {@code @Schema} description of the form's field, as the case steps label theirs), from Spring's
 * data binding (a value of the wrong type: what is expected) and Bean Validation (the messages of
 * {@code ValidationMessages_zh_CN.properties}). A page re-renders its form with what the user typed and the shared
 * fragment {@code fragments/form-errors}; the answer is 400. No law is cited: bad input is not a refusal under law.
 */
public final class FormErrors {

    /** The model attribute the fragment reads: field path to message; {@code "_"} for the form as a whole. */
    public static final String ATTRIBUTE = "errors";

    private FormErrors() {
    }

    /** A Chinese message per field, in the order of the form's errors; the first error of a field wins. */
    public static Map<String, String> of(BindingResult binding) {
        return of(binding, null);
    }

    /** As {@link #of(BindingResult)}, naming fields from {@code type} when the binding has no target object. */
    public static Map<String, String> of(BindingResult binding, Class<?> type) {
        Class<?> form = binding.getTarget() != null ? binding.getTarget().getClass()
                : type != null ? type : FormTypes.of(RequestContextHolder.getRequestAttributes(), binding.getObjectName());
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError f : binding.getFieldErrors()) {
            String label = label(form, f.getField());
            errors.putIfAbsent(f.getField(), label + "：" + message(binding, f));
        }
        binding.getGlobalErrors().forEach(g -> errors.putIfAbsent("_", Problems.chinese(g.getDefaultMessage())
                ? g.getDefaultMessage() : "填写的内容不符合要求"));
        return errors;
    }

    private static String message(BindingResult binding, FieldError f) {
        if (f.isBindingFailure()) {
            return "格式不正确，应为" + Problems.expected(type(binding, f.getField())).strip();
        }
        return Problems.chinese(f.getDefaultMessage()) ? f.getDefaultMessage() : "不符合要求";
    }

    private static Class<?> type(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field);
        } catch (RuntimeException noTarget) {
            return null;
        }
    }

    /**
     * When the binding has errors: puts them into the model for the form's fragment, answers 400 and returns true (the
     * controller then re-renders the form from what was posted). Otherwise false.
     */
    public static boolean reject(BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            return false;
        }
        put(model, of(binding));
        return true;
    }

    /**
     * For a small form of a detail page that redirects back to it (a finding, a relation, a reason): when the binding
     * has errors, their messages become the page's flash error and this returns true.
     */
    public static boolean flash(BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            return false;
        }
        redirect.addFlashAttribute("error", "请检查填写的内容：" + String.join("；", of(binding).values()));
        return true;
    }

    /** Messages from a service's own checks (400 with field messages), for re-rendering the form. */
    public static void put(Model model, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
        if (errors.isEmpty()) {
            errors.put("_", e.getMessage());
        }
        put(model, errors);
    }

    /** Puts the messages into the model; a non-empty map also makes the answer 400. */
    public static void put(Model model, Map<String, String> errors) {
        model.addAttribute(ATTRIBUTE, errors);
        if (!errors.isEmpty() && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletResponse response = a.getResponse();
            if (response != null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
    }

    /** An empty set of messages (a form shown for the first time). */
    public static void none(Model model) {
        model.addAttribute(ATTRIBUTE, Map.of());
    }

    /**
     * The Chinese name of a field: the {@code @Schema} description of the record component or field named by the
     * path's last segment (list indexes and map keys dropped), or the path itself when the form names none.
     */
    public static String label(Class<?> form, String path) {
        if (form == null) {
            return path;
        }
        Class<?> type = form;
        AnnotatedElement element = null;
        for (String segment : path.split("\\.")) {
            String name = segment.replaceAll("\\[.*]$", "");
            element = member(type, name);
            if (element == null) {
                return path;
            }
            type = element instanceof Field fd ? fd.getType() : ((java.lang.reflect.Method) element).getReturnType();
        }
        Schema schema = element == null ? null : element.getAnnotation(Schema.class);
        if (schema == null || schema.description().isBlank()) {
            return path;
        }
        // a row of a list or an entry of a map: 抽查比例（A）, 当事人（第 2 项）
        Matcher key = KEY.matcher(path);
        if (!key.find()) {
            return schema.description();
        }
        String k = key.group(1);
        return schema.description() + (!k.isEmpty() && k.length() < 9 && k.chars().allMatch(Character::isDigit)
                ? "（第 " + (Integer.parseInt(k) + 1) + " 项）" : "（" + k + "）");
    }

    private static final Pattern KEY = Pattern.compile("\\[([^\\]]*)]$");

    private static AnnotatedElement member(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return rc.getAccessor();
                }
            }
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }
}
