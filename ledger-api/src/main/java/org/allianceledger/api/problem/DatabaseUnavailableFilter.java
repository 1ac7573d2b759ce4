package org.allianceledger.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code 503 database-unavailable} for the filters that use the database before Spring MVC (the API key check,
 * the idempotency filter's transaction): without it their failure would reach the container's error page as a
 * 500. Runs right after the correlation id is set and the body read, before Spring Security; what Spring MVC's
 * handlers throw is answered by {@link ProblemHandler} the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    DatabaseUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<Throwable> cause = DatabaseUnavailable.causeOf(e);
            if (cause.isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            problems.write(response, DatabaseUnavailable.problem(cause.get()));
        }
    }
}
