package org.allianceledger.api.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.api.problem.ProblemResponses;
import org.allianceledger.api.problem.Problems;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.web.BufferedRequest;
import org.allianceledger.writemodel.support.Sha256;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotency-Key on POST: the first successful response is stored in the same transaction as its effect
 * (the events), so either both exist or neither does. A retry with the same key and body gets that
 * response again, marked Idempotent-Replayed; the same key with another body is 422. Two concurrent requests
 * with one key: the second waits for the first and then replays its response. Keys belong to the calling
 * API key. Failed requests are not stored: they changed nothing, so a retry simply runs again.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String ATTRIBUTE = IdempotencyFilter.class.getName();
    /** Printable ASCII only: the key is stored with the events' metadata and shown to auditors. */
    private static final Pattern VALID_KEY = Pattern.compile("(?=.*[^ ])[\\x20-\\x7E]{1,255}");

    private final IdempotencyRecords records;
    private final TransactionTemplate transactions;
    private final ProblemResponses problems;
    private final Clock clock;
    private final Counter replays;

    IdempotencyFilter(IdempotencyRecords records, TransactionTemplate transactions, ProblemResponses problems, Clock clock,
                      MeterRegistry registry) {
        this.records = records;
        this.transactions = transactions;
        this.problems = problems;
        this.clock = clock;
        this.replays = Counter.builder("ledger.idempotent.replays")
                .description("Retried POSTs answered with their first response").register(registry);
    }

    /** The Idempotency-Key of the request being served on this thread, for the events' metadata. */
    public static Optional<String> currentKey() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((String) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller) || buffered == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(response, invalidKey());
            return;
        }
        String requestHash = hash(request, buffered.body());
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        Optional<IdempotencyRecords.StoredResponse> earlier = transactions.execute(tx -> {
            if (!records.reserve(caller.keyId(), key, requestHash, clock.instant())) {
                return records.find(caller.keyId(), key);
            }
            request.setAttribute(ATTRIBUTE, key);
            proceed(chain, request, captured);
            if (captured.getStatus() >= 300) {
                tx.setRollbackOnly();
            } else {
                records.complete(caller.keyId(), key, new IdempotencyRecords.StoredResponse(requestHash,
                        captured.getStatus(), captured.getContentType(), captured.getHeader(HttpHeaders.LOCATION),
                        captured.getHeader(HttpHeaders.ETAG), captured.getContentAsByteArray()));
            }
            return Optional.empty();
        });
        if (earlier == null || earlier.isEmpty()) {
            captured.copyBodyToResponse();
        } else if (!earlier.get().requestHash().equals(requestHash)) {
            problems.write(response, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "this Idempotency-Key was already used for a different request; use a new key for a new request"));
        } else {
            replays.increment();
            replay(response, earlier.get());
        }
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyRecords.StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        response.getOutputStream().write(stored.body());
    }

    private static ProblemDetail invalidKey() {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "the Idempotency-Key header must have 1 to 255 printable ASCII characters");
        problem.setProperty("errors", List.of(Map.of("field", HEADER,
                "message", "must have 1 to 255 printable ASCII characters, not only spaces")));
        return problem;
    }

    /** Same method, path and body: the same request. */
    private static String hash(HttpServletRequest request, byte[] body) {
        return Sha256.hex((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8),
                body);
    }
}
