package org.allianceledger.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.allianceledger.core.rule.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one place where failures become problem details. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, violation.rule().slug(),
                violation.getMessage());
        problem.setProperty("rule", violation.rule().slug());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        return Problems.of(HttpStatus.NOT_FOUND, notFound.problem(), notFound.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        return Problems.of(HttpStatus.CONFLICT, conflict.problem(), conflict.getMessage());
    }

    @ExceptionHandler(PreconditionFailed.class)
    ProblemDetail preconditionFailed(PreconditionFailed failed) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch", failed.getMessage());
    }

    /** If-Match named a version the alliance had left when it was loaded for the command. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail versionConflict(ConflictingAggregateVersionException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch", "the alliance is at version "
                + e.getActualVersion() + ", not \"" + e.getExpectedVersion()
                + "\"; read it again (GET returns its ETag) and decide again");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "no such resource: " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        return invalidField(invalid.field(), invalid.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return invalidField(e.getName(), "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    /** Two commands raced on one aggregate (also on creating it), or a client-chosen id is taken. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict",
                "the resource already exists or was changed at the same time; read it and try again");
    }

    /** A body declared as multipart (the API takes JSON only) that cannot even be parsed as such. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notJson(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "the request body is not valid JSON: send it as application/json");
    }

    /** A role check inside a controller (Spring Security's own refusals are written by its handler). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden-for-role", denied.getMessage());
    }

    /** A value that a domain type refuses, for example an amount with more decimals than its currency. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidValue(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }

    /**
     * Anything unforeseen: logged with its correlation id, reported without internals. Unless it is that the
     * database cannot be reached, whatever the exception that carries it: then 503 with Retry-After.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Optional<Throwable> databaseUnavailable = DatabaseUnavailable.causeOf(e);
        if (databaseUnavailable.isPresent()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(DatabaseUnavailable.problem(databaseUnavailable.get()));
        }
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError().body(Problems.internalError());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        ProblemDetail problem;
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = fieldPath(unknown.getPath());
            problem = invalidField(field, "field '" + field + "' is not part of this request");
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            Throwable reason = mapping.getCause() != null ? mapping.getCause() : mapping;
            problem = invalidField(field, "field '" + field + "' is invalid: " + firstLine(reason));
        } else {
            problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                    "the request body is not valid JSON: " + firstLine(e.getMostSpecificCause()));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String summary = errors.stream().map(error -> error.get("field") + " " + error.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", summary);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query or path parameter out of its range, e.g. limit=5000. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException e,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        String summary = errors.stream().map(error -> error.get("field") + " " + error.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", summary);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A required query parameter is absent, e.g. a statement without {@code from}. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException e,
                                                                          @NonNull HttpHeaders headers,
                                                                          @NonNull HttpStatusCode status,
                                                                          @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(invalidField(e.getParameterName(),
                "query parameter '" + e.getParameterName() + "' is required"));
    }

    /** No endpoint at this path (Spring answers it as a missing static resource, which says too much). */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(@NonNull NoResourceFoundException e,
                                                                    @NonNull HttpHeaders headers,
                                                                    @NonNull HttpStatusCode status,
                                                                    @NonNull WebRequest request) {
        return createResponseEntity(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "nothing is at this path; the OpenAPI document at /v3/api-docs lists the API's paths"),
                headers, status, request);
    }

    /**
     * Spring MVC's own refusals (a wrong method, an unsupported content type, an unacceptable Accept...) come as
     * problems of type about:blank: they get a named type here, and keep their headers (Allow, Accept).
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (body instanceof ProblemDetail problem && !problem.getType().toString().startsWith(Problems.TYPE_BASE)) {
            body = Problems.ofStatus(status, problem.getDetail());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail invalidField(String field, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", detail);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        return problem;
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
