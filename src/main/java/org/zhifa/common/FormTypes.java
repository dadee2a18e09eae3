package org.zhifa.common;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Remembers, for the request, the type of each form record Spring binds: a record whose constructor binding failed
 * (a date that does not exist) has no object, and {@link FormErrors} still names its fields in Chinese from the type.
 */
@ControllerAdvice
class FormTypes {

    private static final String PREFIX = FormTypes.class.getName() + ".";

    @InitBinder
    void remember(WebDataBinder binder, WebRequest request) {
        ResolvableType type = binder.getTargetType();
        if (binder.getTarget() == null && type != null && type.resolve() != null) {
            request.setAttribute(PREFIX + binder.getObjectName(), type.resolve(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The type bound under this name in the current request, or null. */
    static Class<?> of(RequestAttributes request, String objectName) {
        return request == null ? null
                : request.getAttribute(PREFIX + objectName, RequestAttributes.SCOPE_REQUEST) instanceof Class<?> c ? c
                        : null;
    }
}
