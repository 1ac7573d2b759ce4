package org.allianceledger.api.problem;

/** 409: the request collides with what exists, for example a client-chosen id that is taken. */
public class Conflict extends RuntimeException {

    private final String problem;

    public Conflict(String problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
