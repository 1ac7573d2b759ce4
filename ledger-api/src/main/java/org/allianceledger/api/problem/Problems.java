package org.allianceledger.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * RFC 9457 problem details. The type URI ends in the name of the rule or problem, so a client can branch
 * on it; these URIs identify problems and are documented in the README and the OpenAPI document.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://alliance-ledger.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String name, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + name));
        problem.setTitle(title(name));
        problem.setProperty("problem", name);
        return problem;
    }

    /** "budget-exceeded" -> "Budget exceeded". */
    private static String title(String name) {
        String words = name.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
