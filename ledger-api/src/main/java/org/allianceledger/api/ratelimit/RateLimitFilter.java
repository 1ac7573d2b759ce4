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
 * continuously. Every answer to a known key carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset,
 * so a client can pace itself; over the limit, 429 with Retry-After; other keys are not slowed. Buckets live in
 * this instance's memory, so with several instances a key gets that many requests per instance. It runs in the
 * security filter chain right after the key is authenticated, so a request its role forbids counts and is told
 * too.
 */
@Component
public class RateLimitFilter extends OncePerRequestFilter {

    /** The key's requests a minute. */
    private static final String LIMIT = "RateLimit-Limit";
    /** Requests the key may still make now. */
    private static final String REMAINING = "RateLimit-Remaining";
    /** Seconds until the key's whole allowance is back. */
    private static final String RESET = "RateLimit-Reset";

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
        response.setHeader(LIMIT, Long.toString(perMinute));
        response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
        response.setHeader(RESET, Long.toString(wholeSecondsAtLeastOne(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        limited.increment();
        long retryAfterSeconds = wholeSecondsAtLeastOne(probe.getNanosToWaitForRefill());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "this API key made more than " + perMinute + " requests in a minute; retry after "
                        + retryAfterSeconds + " s"));
    }

    /** Seconds rounded up, never 0: a client that waits that long is sure to find the tokens back. */
    private static long wholeSecondsAtLeastOne(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
