package org.allianceledger.api.support;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Set;
import java.util.TreeSet;

/** The service's endpoints as "METHOD /pattern", read from Spring's mappings so a new one cannot be missed. */
public final class Endpoints {

    private Endpoints() {
    }

    public static Set<String> under(RequestMappingHandlerMapping mappings, String prefix) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith(prefix))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }
}
