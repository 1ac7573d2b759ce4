package org.allianceledger.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Writes a problem straight to the servlet response, for the code that answers before or outside Spring MVC
 * (security, the body-limit, idempotency and rate-limit filters, the servlet container's own refusals), so that
 * those answers look exactly like the ones {@link ProblemHandler} gives.
 */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** Sets the status and content type and writes the body; headers set before (Retry-After, Allow) stay. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
