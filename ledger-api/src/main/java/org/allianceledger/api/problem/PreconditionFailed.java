package org.allianceledger.api.problem;

/** 412: the client's If-Match names a version that is no longer the current one. */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String detail) {
        super(detail);
    }
}
