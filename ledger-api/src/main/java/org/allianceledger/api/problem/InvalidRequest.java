package org.allianceledger.api.problem;

/** 400: a field of the request is invalid in a way bean validation cannot express. */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
