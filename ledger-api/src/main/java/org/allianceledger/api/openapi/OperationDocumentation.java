package org.allianceledger.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.allianceledger.api.problem.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds to every /api/v1 operation the problem responses it can give (with an example each), the headers
 * it honours, and for a POST with a body an example request from {@link RequestExamples}. Errors are added
 * here in one place because one handler produces them all.
 */
class OperationDocumentation implements OpenApiCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean post = method == PathItem.HttpMethod.POST;
        boolean allianceScoped = path.startsWith("/api/v1/alliances/{allianceId}");
        Map<String, ApiResponse> errors = new LinkedHashMap<>();
        errors.put("400", problem("invalid-request", "A field or parameter is missing, malformed, out of range or not "
                + "part of the request; errors[].field names it. malformed-request: the body is not JSON, or the "
                + "request is not valid HTTP (an encoded NUL, slash or backslash or a broken percent-encoding in "
                + "its path or query, a malformed header line)."));
        errors.put("401", problem("unauthenticated", "No API key, or an unknown or revoked one.")
                .addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                        .description("the RFC 6750 challenge; error=\"invalid_token\" when the key sent is no active key")
                        .example("Bearer realm=\"alliance-ledger\", error=\"invalid_token\"")));
        errors.put("403", problem("forbidden-for-role", "The API key's role may not do this."));
        if (path.contains("{")) {
            errors.put("404", problem(allianceScoped ? "alliance-not-found" : "not-found",
                    "It does not exist, or the caller may not see it (the same answer, on purpose)."));
        }
        if (post) {
            errors.put("409", problem("conflict", "A client-chosen id is taken, or another write raced this one; "
                    + "read again and retry."));
            errors.put("413", problem("body-too-large", "The body is over 64 KiB."));
            errors.put("422", problem("budget-exceeded", "A business rule was broken (the type names it, see the "
                    + "README's rules) or the Idempotency-Key was used for another request; nothing was recorded."));
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("1 to 255 characters; a retry with the same key and body gets the first response")
                    .schema(new StringSchema().maxLength(255)).example("spend-INV-1001"));
        }
        if (operation.getRequestBody() != null) {
            errors.put("415", problem("unsupported-media-type", "The body is not sent as application/json."));
        }
        if (post && allianceScoped) {
            errors.put("412", problem("version-mismatch", "If-Match names an older version of the alliance."));
            operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                    .description("the alliance's ETag: the write happens only if the alliance is still at that version")
                    .schema(new StringSchema()).example("\"7\""));
        }
        errors.put("406", problem("not-acceptable", "The Accept header rules out JSON."));
        errors.put("429", problem("rate-limited", "Too many requests for this API key; see Retry-After.")
                .addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                        .description("seconds until the key may make its next request").example(1)));
        errors.put("500", problem("internal-error", "A failure of the ledger; quote the X-Correlation-Id response "
                + "header when you report it."));
        errors.put("503", problem("database-unavailable", "The ledger cannot reach its database just now (also "
                + "for the API key check); retry after Retry-After seconds with the same Idempotency-Key.")
                .addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                        .description("seconds to wait before retrying").example(5)));
        operation.addParametersItem(new HeaderParameter().name("X-Correlation-Id").required(false)
                .description("echoed in the response, logged, and stored on every event the request records")
                .schema(new StringSchema().maxLength(100)));
        errors.forEach((status, response) -> operation.getResponses().putIfAbsent(status, response));
        operation.getResponses().forEach((status, response) -> {
            if (!status.equals("401")) {
                addRateLimitHeaders(response);
            }
        });
        if (post && operation.getRequestBody() != null) {
            RequestExamples.forPath(path).ifPresent(example -> operation.getRequestBody().getContent()
                    .forEach((type, media) -> media.addExamples("request", new Example().value(parsed(example)))));
        }
    }

    /** The example as JSON structure, so the document shows an object, not a string. */
    private static Object parsed(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request example is not JSON: " + json, e);
        }
    }

    /** What every answer to a known API key (so not a 401) says of the key's rate limit. */
    private static void addRateLimitHeaders(ApiResponse response) {
        response.addHeaderObject("RateLimit-Limit", new Header().schema(new IntegerSchema())
                        .description("requests a minute this API key may make (per instance)").example(6000))
                .addHeaderObject("RateLimit-Remaining", new Header().schema(new IntegerSchema())
                        .description("requests the key may still make now; 0 on a 429").example(5999))
                .addHeaderObject("RateLimit-Reset", new Header().schema(new IntegerSchema())
                        .description("seconds until the key's whole allowance is back").example(1));
    }

    private static ApiResponse problem(String name, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problems.TYPE_BASE + name);
        example.put("title", name.substring(0, 1).toUpperCase() + name.substring(1).replace('-', ' '));
        example.put("detail", description);
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new ObjectSchema().description("RFC 9457 problem details"))
                        .addExamples(name, new Example().value(example))));
    }
}
