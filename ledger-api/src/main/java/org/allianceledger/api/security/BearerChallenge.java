package org.allianceledger.api.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.api.problem.ProblemResponses;
import org.allianceledger.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * The 401 answer: an {@code unauthenticated} problem and the RFC 6750 challenge. A request without a bearer token
 * gets the bare challenge (section 3.1: no error code when no credentials were sent); one whose token is no active
 * key (unknown, revoked, mistyped) gets {@code error="invalid_token"}.
 */
class BearerChallenge implements AuthenticationEntryPoint {

    static final String REALM = "alliance-ledger";

    private final ProblemResponses problems;
    private final Counter failures;

    BearerChallenge(ProblemResponses problems, MeterRegistry registry) {
        this.problems = problems;
        this.failures = Counter.builder("ledger.authentication.failures")
                .description("Requests to protected endpoints without a valid, unrevoked API key").register(registry);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        failures.increment();
        if (ApiKeyAuthenticationFilter.bearerToken(request).isPresent()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", "
                    + "error_description=\"the API key is unknown or revoked\"");
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "The API key is unknown or revoked. Send a valid, unrevoked API key as 'Authorization: Bearer <key>'."));
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Send a valid, unrevoked API key as 'Authorization: Bearer <key>'."));
        }
    }
}
