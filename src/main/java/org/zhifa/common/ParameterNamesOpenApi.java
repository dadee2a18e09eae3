package org.zhifa.common;

import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documentation describes each parameter that has no description of its own by the same Chinese name the
 * 400 answers use ({@link ParameterNames}), so that the documentation and the errors name a parameter alike.
 */
@Configuration(proxyBeanMethods = false)
class ParameterNamesOpenApi {

    @Bean
    ParameterCustomizer chineseParameterNames() {
        return (parameter, methodParameter) -> {
            if (parameter != null && methodParameter != null
                    && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                String name = ParameterNames.of(methodParameter);
                if (Problems.chinese(name)) {
                    parameter.setDescription(name);
                }
            }
            return parameter;
        };
    }
}
