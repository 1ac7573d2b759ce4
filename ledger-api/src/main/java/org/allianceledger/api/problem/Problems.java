package org.allianceledger.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Locale;

/**
 * RFC 9457 problem details. The type URI ends in the name of the rule or problem, so a client can branch
 * on it; these URIs identify problems and are documented in the README and the OpenAPI document.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://alliance-ledger.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String name, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + name));
        problem.setTitle(title(name));
        problem.setProperty("problem", name);
        return problem;
    }

    /**
     * A problem known by its status only, such as Spring MVC's and the servlet container's own refusals: 404
     * {@code not-found}, 405 {@code method-not-allowed}, 406 {@code not-acceptable}, 415 {@code unsupported-media-type}
     * and so on, named after the status; 400 is {@code invalid-request}, 413 {@code body-too-large} and 500
     * {@code internal-error}, as everywhere else in the API.
     */
    public static ProblemDetail ofStatus(HttpStatusCode status, String detail) {
        String name = switch (status.value()) {
            case 400 -> "invalid-request";
            case 413 -> "body-too-large";
            case 500 -> "internal-error";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null ? "http-" + status.value()
                        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
            }
        };
        return of(status, name, detail);
    }

    /** Anything unforeseen: reported without internals, to be found in the log by its correlation id. */
    public static ProblemDetail internalError() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "the ledger could not complete the request. "
                + "Quote the X-Correlation-Id response header when you report it.");
    }

    /** "budget-exceeded" -> "Budget exceeded". */
    private static String title(String name) {
        String words = name.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
