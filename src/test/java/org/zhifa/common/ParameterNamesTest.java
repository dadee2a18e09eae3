package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;

/**
 * Every {@code @RequestParam}, {@code @PathVariable} and {@code @RequestPart} of every controller has a Chinese name
 * (its {@code @Parameter} description or the dictionary {@code parameter-names.properties}), so that a value that
 * cannot be converted or a missing one is answered naming it in Chinese; a new parameter cannot be forgotten.
 */
class ParameterNamesTest {

    @Test
    void every_parameter_of_every_controller_has_a_chinese_name() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        TreeSet<String> unnamed = new TreeSet<>();
        int parameters = 0;
        for (var candidate : scanner.findCandidateComponents("org.zhifa")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method m : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)) {
                    continue;
                }
                for (int i = 0; i < m.getParameterCount(); i++) {
                    MethodParameter p = new MethodParameter(m, i);
                    boolean bound = p.hasParameterAnnotation(RequestParam.class)
                            || p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestPart.class);
                    if (!bound || (Map.class.isAssignableFrom(p.getParameterType())
                            && p.hasParameterAnnotation(RequestParam.class)
                            && p.getParameterAnnotation(RequestParam.class).name().isEmpty())) {
                        continue; // not bound from the request, or all parameters as a map: no one parameter to name
                    }
                    parameters++;
                    if (!ParameterNames.named(p)) {
                        unnamed.add(ParameterNames.requestName(p) + " (" + type.getSimpleName() + "." + m.getName() + ")");
                    }
                }
            }
        }
        assertThat(parameters).as("controllers' parameters found").isGreaterThan(500);
        assertThat(unnamed).as("parameters without a Chinese name: add @Parameter(description = \"…\") or an entry "
                + "in org/zhifa/common/parameter-names.properties").isEmpty();
    }

    @Test
    void the_description_names_a_parameter_up_to_its_first_comma_or_bracket() throws Exception {
        Method m = Sample.class.getDeclaredMethod("find", String.class, int.class, long.class);
        assertThat(ParameterNames.of(new MethodParameter(m, 0))).isEqualTo("关键词");
        assertThat(ParameterNames.of(new MethodParameter(m, 1))).isEqualTo("页码");
        assertThat(ParameterNames.of(new MethodParameter(m, 2))).isEqualTo("unknownThing");
    }

    static class Sample {
        void find(@io.swagger.v3.oas.annotations.Parameter(description = "关键词，空格分隔的多个词须同时出现")
                @RequestParam String q, @RequestParam int page, @RequestParam long unknownThing) {
        }
    }
}
