package org.zhifa.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file that must be there: not missing and not empty (a browser posts an empty part when no file was
 * chosen). On a handler's parameter Spring MVC validates it before the handler runs; the 400 names the parameter in
 * Chinese ({@link ParameterNames}) with the message {@code zhifa.uploaded.message}.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Uploaded.Check.class)
public @interface Uploaded {

    String message() default "{zhifa.uploaded.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A file with content, or a non-empty list of them each with content. */
    class Check implements ConstraintValidator<Uploaded, Object> {

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof MultipartFile f) {
                return !f.isEmpty();
            }
            if (value instanceof Collection<?> files) {
                return !files.isEmpty() && files.stream().allMatch(f -> f instanceof MultipartFile m && !m.isEmpty());
            }
            return false;
        }
    }
}
