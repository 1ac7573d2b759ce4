package org.allianceledger.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the API is in the OpenAPI document, with a summary, its errors and an example request. */
class OpenApiDocumentIT extends RunningLedger {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsDocumented() {
        Http.Response document = http.get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.body().path("paths");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.allianceledger.api")) {
                continue;
            }
            boolean hasBody = Arrays.stream(mapping.getValue().getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/v1/")) {
                    continue;
                }
                mapping.getKey().getMethodsCondition().getMethods().forEach(method -> {
                    String endpoint = method + " " + path;
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        problems.add(endpoint + " is not in the document");
                        return;
                    }
                    if (operation.path("summary").asText().isBlank()) {
                        problems.add(endpoint + " has no summary");
                    }
                    List<String> required = new ArrayList<>(List.of("401", "403", "406", "429", "503"));
                    if (method.name().equals("POST") && path.startsWith("/api/v1/alliances/{allianceId}")) {
                        required.addAll(List.of("404", "412", "422"));
                    }
                    if (hasBody) {
                        required.add("415");
                    }
                    for (String status : required) {
                        if (operation.path("responses").path(status).isMissingNode()) {
                            problems.add(endpoint + " does not document " + status);
                        }
                    }
                    if (operation.at("/responses/401/headers/WWW-Authenticate").isMissingNode()) {
                        problems.add(endpoint + " does not document the 401's WWW-Authenticate challenge");
                    }
                    if (operation.at("/responses/503/headers/Retry-After").isMissingNode()) {
                        problems.add(endpoint + " does not document the 503's Retry-After");
                    }
                    if (operation.at("/responses/429/headers/Retry-After").isMissingNode()) {
                        problems.add(endpoint + " does not document the 429's Retry-After");
                    }
                    operation.path("responses").fields().forEachRemaining(response -> {
                        if (!response.getKey().equals("401")
                                && response.getValue().at("/headers/RateLimit-Remaining").isMissingNode()) {
                            problems.add(endpoint + " does not document the rate-limit headers of its "
                                    + response.getKey());
                        }
                    });
                    if (hasBody && operation.at("/requestBody/content/application~1json/examples/request").isMissingNode()) {
                        problems.add(endpoint + " has no example request");
                    }
                });
            }
        }

        assertThat(problems).isEmpty();
        assertThat(document.body().at("/components/schemas/RecordSpendRequest/properties/amount/properties/amount/type")
                .asText()).as("money amounts are strings").isEqualTo("string");
    }

    @Test
    void theBrowsableUiIsServed() {
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
