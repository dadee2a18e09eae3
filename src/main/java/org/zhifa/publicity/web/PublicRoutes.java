package org.zhifa.publicity.web;

import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which public pages of other modules exist in this build, so that the portal links only to pages that work
 * (catalogue pages, the procedure definition) whatever order the modules are merged in.
 */
@Component
class PublicRoutes {

    static final String MATTERS = "/public/catalog/matters";
    static final String PROCEDURE = "/api/public/procedure";
    static final String DEVICES = "/public/nonsite/devices";

    private final RequestMappingHandlerMapping mapping;
    private volatile Set<String> patterns;

    PublicRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    boolean exists(String path) {
        Set<String> p = patterns;
        if (p == null) {
            p = new HashSet<>();
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                p.addAll(info.getPatternValues());
            }
            patterns = p;
        }
        return p.contains(path);
    }
}
