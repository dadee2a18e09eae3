package org.zhifa.cases.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.common.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a request body into the step's own input record: a field the step does not use is refused, as is a value of
 * the wrong type, each as 400 naming the field; then Bean Validation with the Chinese messages of the record.
 */
@Component
public class StepInputReader {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Validator validator;

    StepInputReader(Validator validator) {
        this.validator = validator;
    }

    public <I> I read(Class<I> type, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("请求内容应为 JSON 对象");
        }
        I input;
        try {
            input = STRICT.treeToValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new InvalidInputException("本环节不使用字段“" + field + "”，请删除该字段",
                    Map.of(field, "本环节不使用该字段"));
        } catch (InvalidFormatException e) {
            String field = path(e);
            throw new InvalidInputException("字段“" + field + "”的值格式不正确：" + e.getValue(),
                    Map.of(field, "格式不正确"));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new InvalidInputException("字段“" + field + "”的值类型不正确", Map.of(field, "类型不正确"));
        } catch (JacksonException e) {
            throw new InvalidInputException("请求内容无法解析，请检查 JSON 格式");
        }
        return validate(input);
    }

    /** Bean Validation of an input (from JSON or a form): 400 with a Chinese message per field. */
    public <I> I validate(I input) {
        var violations = validator.validate(input);
        if (violations.isEmpty()) {
            return input;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> fields.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        throw new InvalidInputException("请检查填写的内容：" + violations.stream().map(ConstraintViolation::getMessage)
                .distinct().collect(Collectors.joining("；")), fields);
    }

    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "（请求体）" : b.toString();
    }
}
