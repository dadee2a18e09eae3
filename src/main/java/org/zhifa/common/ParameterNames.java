package org.zhifa.common;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The Chinese name of a request parameter, path variable or uploaded part, for the 400 that answers a value that cannot
 * be converted or a required one that is missing: the {@code @Parameter} (or {@code @Schema}) description on the
 * parameter, its text up to the first comma or bracket ("关键词，空格分隔…" names 关键词); otherwise the shared
 * dictionary {@code org/zhifa/common/parameter-names.properties} by the name the request uses (page → 页码). Every
 * parameter of every controller has one ({@code ParameterNamesTest}).
 */
public final class ParameterNames {

    private static final Properties DICTIONARY = load();

    private static final DefaultParameterNameDiscoverer DISCOVERER = new DefaultParameterNameDiscoverer();

    private ParameterNames() {
    }

    /** The Chinese name of a handler's parameter, or its request name when none is known. */
    public static String of(MethodParameter parameter) {
        String own = described(parameter);
        if (own != null) {
            return own;
        }
        String name = requestName(parameter);
        return name == null ? "参数" : DICTIONARY.getProperty(name, name);
    }

    /** Whether the parameter has a Chinese name (annotation or dictionary). */
    public static boolean named(MethodParameter parameter) {
        return Problems.chinese(of(parameter));
    }

    /**
     * The Chinese name of the parameter the current request's handler binds under {@code name} (a missing upload names
     * only the part), or the dictionary's name for it.
     */
    public static String of(String name) {
        HandlerMethod handler = currentHandler();
        if (handler != null) {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (name.equals(requestName(p))) {
                    return of(p);
                }
            }
        }
        return DICTIONARY.getProperty(name, name);
    }

    /** The name the request uses for the parameter: the annotation's name, else the Java name. */
    static String requestName(MethodParameter parameter) {
        String given = null;
        RequestParam rp = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable pv = parameter.getParameterAnnotation(PathVariable.class);
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        if (rp != null) {
            given = rp.name();
        } else if (pv != null) {
            given = pv.name();
        } else if (part != null) {
            given = part.name();
        }
        if (given != null && !given.isEmpty()) {
            return given;
        }
        parameter.initParameterNameDiscovery(DISCOVERER);
        return parameter.getParameterName();
    }

    private static String described(MethodParameter parameter) {
        Parameter p = parameter.getParameterAnnotation(Parameter.class);
        String text = p != null && !p.description().isBlank() ? p.description() : null;
        if (text == null) {
            Schema s = parameter.getParameterAnnotation(Schema.class);
            text = s != null && !s.description().isBlank() ? s.description() : null;
        }
        if (text == null || !Problems.chinese(text)) {
            return null;
        }
        String shortName = text.split("[，,（(；;。]", 2)[0].strip();
        return shortName.isEmpty() ? text : shortName;
    }

    private static HandlerMethod currentHandler() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest request = a.getRequest();
            if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod h) {
                return h;
            }
        }
        return null;
    }

    private static Properties load() {
        Properties names = new Properties();
        try (InputStream in = ParameterNames.class.getResourceAsStream("parameter-names.properties")) {
            if (in != null) {
                names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
