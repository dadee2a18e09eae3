package org.zhifa.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters (query string and form fields) holding a character that cannot be stored ({@link InputText})
 * are refused before the handler runs, naming the parameter; JSON bodies are checked while they are read
 * ({@link JsonInputConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class ParameterTextInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey();
            String reason = InputText.reason(name);
            if (reason != null) {
                throw new InvalidInputException("参数名" + reason);
            }
            for (String value : p.getValue()) {
                reason = InputText.reason(value);
                if (reason != null) {
                    throw new InvalidInputException("参数 " + name + " " + reason, Map.of(name, reason));
                }
            }
        }
        return true;
    }
}
