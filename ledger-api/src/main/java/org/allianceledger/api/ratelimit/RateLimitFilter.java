package org.allianceledger.api.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.api.problem.ProblemResponses;
import org.allianceledger.api.problem.Problems;
import org.allianceledger.api.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per API key: each key may make LEDGER_RATE_LIMIT_PER_MINUTE requests a minute, refilled
 * continuously. Over it, 429 with Retry-After; other keys are not slowed. Buckets live in this instance's
 * memory, so with several instances a key gets that many requests per instance.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class RateLimitFilter extends OncePerRequestFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ProblemResponses problems;
    private final long perMinute;
    private final Counter limited;

    RateLimitFilter(ProblemResponses problems, @Value("${ledger.rate-limit-per-minute:6000}") long perMinute,
                    MeterRegistry registry) {
        this.problems = problems;
        this.perMinute = perMinute;
        this.limited = Counter.builder("ledger.rate.limited")
                .description("Requests refused with 429 because their API key was over its rate").register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(caller.keyId(), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        limited.increment();
        long retryAfterSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "this API key made more than " + perMinute + " requests in a minute; retry after "
                        + retryAfterSeconds + " s"));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
