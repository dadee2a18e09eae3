package org.zhifa.cases.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.zhifa.cases.domain.Labelled;
import org.zhifa.common.InvalidInputException;
import org.zhifa.personnel.EnforcementCategory;

/**
 * The web form of a step, derived from its input record — the same record, labels (the {@code @Schema} descriptions)
 * and Bean Validation as the API — and the binding of a posted form back into that record with Spring's constructor
 * binding. Empty rows of a list are dropped; an empty field is a missing one.
 */
final class StepForms {

    private static final Set<String> LONG_TEXT = Set.of("facts", "evidence", "content", "opinion", "reason", "reasons",
            "text", "declaration", "commitment", "discretionReason", "amountReason", "note", "partyStatement",
            "statementReview", "conclusion", "answer", "question", "measures", "partyOpinion", "description", "order",
            "refusalReason");
    private static final Set<String> HIDDEN = Set.of("version", "unitId");
    private static final Pattern ROW = Pattern.compile("^(.+)\\[(\\d+)]\\.([^\\[]+)$");
    private static final DefaultFormattingConversionService CONVERSION = conversion();

    private StepForms() {
    }

    /** The form fields of an input record; {@code options} gives the choices of fields such as officers. */
    static List<FormField> fields(Class<?> type, Function<String, List<FormField.Option>> options) {
        return fields(type, "", options);
    }

    private static List<FormField> fields(Class<?> type, String prefix, Function<String, List<FormField.Option>> options) {
        List<FormField> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (HIDDEN.contains(rc.getName())) {
                continue;
            }
            out.add(field(rc, prefix, options));
        }
        return out;
    }

    private static FormField field(RecordComponent rc, String prefix, Function<String, List<FormField.Option>> options) {
        String name = rc.getName();
        var accessor = rc.getAccessor();
        Schema schema = accessor.getAnnotation(Schema.class);
        String label = schema == null || schema.description().isBlank() ? name : schema.description();
        boolean required = accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
        Class<?> t = rc.getType();
        List<FormField.Option> choices = options.apply(name);
        String path = prefix + name;
        if (t.isRecord()) {
            return new FormField(path, label, "group", required, null, fields(t, path + ".", options));
        }
        if (Collection.class.isAssignableFrom(t)) {
            Class<?> item = typeArgument(rc.getGenericType(), 0);
            if (item.isRecord()) {
                return new FormField(path, label, "rows", required, null, fields(item, "", options));
            }
            if (item.isEnum()) {
                return new FormField(path, label, "checkboxes", required, enumOptions(item), null);
            }
            if ("discretionFactors".equals(name)) {
                return new FormField(path, label, "factors", required, null, null);
            }
            return new FormField(path, label, choices == null ? "list" : "multiselect", required, choices, null);
        }
        if (Map.class.isAssignableFrom(t)) {
            return new FormField(path, label, "facts", required, null, null);
        }
        String kind;
        List<FormField.Option> opts = choices;
        if (choices != null) {
            kind = "select";
        } else if (t.isEnum()) {
            kind = "select";
            opts = enumOptions(t);
        } else if (t == LocalDate.class) {
            kind = "date";
        } else if (t == LocalTime.class) {
            kind = "time";
        } else if (t == LocalDateTime.class) {
            kind = "datetime";
        } else if (t == Boolean.class || t == boolean.class) {
            kind = required ? "yesno" : "checkbox";
        } else if (Number.class.isAssignableFrom(t) || t == int.class || t == BigDecimal.class) {
            kind = "number";
        } else {
            kind = LONG_TEXT.contains(name) ? "textarea" : "text";
        }
        return new FormField(path, label, kind, required, opts, null);
    }

    static List<FormField.Option> enumOptions(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> new FormField.Option(((Enum<?>) c).name(),
                c instanceof Labelled l ? l.label() : c instanceof EnforcementCategory e ? e.label() : label(c)))
                .toList();
    }

    private static String label(Object c) {
        try {
            return String.valueOf(c.getClass().getMethod("label").invoke(c));
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) c).name();
        }
    }

    private static Class<?> typeArgument(Type generic, int i) {
        if (generic instanceof ParameterizedType p) {
            Type a = p.getActualTypeArguments()[i];
            if (a instanceof Class<?> c) {
                return c;
            }
            if (a instanceof java.lang.reflect.AnnotatedType at && at.getType() instanceof Class<?> c) {
                return c;
            }
            if (a instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> c) {
                return c;
            }
        }
        return Object.class;
    }

    /**
     * The posted form as the step's input record (Spring constructor binding, ISO dates). Rows of a list whose fields are
     * all empty are dropped and the rest renumbered; empty fields are absent. A value of the wrong type is a 400 naming
     * the field; Bean Validation is the engine's.
     */
    static <I> I bind(Class<I> type, Map<String, String[]> params) {
        Map<String, String[]> values = clean(params);
        DataBinder binder = new DataBinder(null);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(CONVERSION);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                String[] v = values.get(name);
                return v == null ? null : v.length == 1 ? v[0] : v;
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        var errors = binder.getBindingResult();
        if (errors.hasErrors() || binder.getTarget() == null) {
            Map<String, String> fields = new LinkedHashMap<>();
            errors.getFieldErrors().forEach(e -> fields.putIfAbsent(e.getField(), "格式不正确"));
            throw new InvalidInputException("请检查填写的内容：格式不正确的字段 " + String.join("、", fields.keySet()), fields);
        }
        return type.cast(binder.getTarget());
    }

    /** Drops empty values and empty rows, renumbering the remaining rows of each list from 0. */
    static Map<String, String[]> clean(Map<String, String[]> params) {
        Map<String, String[]> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, String[]>>> rows = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            String[] kept = Arrays.stream(v).filter(s -> s != null && !s.isBlank()).map(String::trim)
                    .toArray(String[]::new);
            Matcher m = ROW.matcher(k);
            if (m.matches()) {
                var row = rows.computeIfAbsent(m.group(1), x -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(2)), x -> new LinkedHashMap<>());
                if (kept.length > 0) {
                    row.put(m.group(3), kept);
                }
            } else if (kept.length > 0 && !k.startsWith("_")) {
                plain.put(k, kept);
            }
        });
        rows.forEach((list, byIndex) -> {
            int i = 0;
            for (var row : byIndex.values()) {
                if (row.isEmpty()) {
                    continue;
                }
                int index = i++;
                row.forEach((field, v) -> plain.put(list + "[" + index + "]." + field, v));
            }
        });
        return plain;
    }

    private static DefaultFormattingConversionService conversion() {
        DefaultFormattingConversionService cs = new DefaultFormattingConversionService(false);
        DefaultConversionService.addDefaultConverters(cs);
        DateTimeFormatterRegistrar iso = new DateTimeFormatterRegistrar();
        iso.setUseIsoFormat(true);
        iso.registerFormatters(cs);
        return cs;
    }
}
