package org.allianceledger.api.problem;

/** 404: the thing does not exist, or the caller may not see it (the answer is the same, on purpose). */
public class NotFound extends RuntimeException {

    private final String problem;

    public NotFound(String problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
