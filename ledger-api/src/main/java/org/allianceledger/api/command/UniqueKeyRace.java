package org.allianceledger.api.command;

import org.allianceledger.api.problem.Conflict;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.util.Map;
import java.util.Optional;

/**
 * A command that lost a race on a unique key of the command side's tables: another transaction stored the same
 * key between the command's check and its commit. It is answered as the check would have answered it had the
 * other transaction committed first, so the same cause is always the same problem.
 */
final class UniqueKeyRace {

    private record Refusal(String problem, String detail) {
    }

    private static final Map<String, Refusal> BY_CONSTRAINT = Map.of(
            "conversion_index_pkey", new Refusal("conversion-already-exists",
                    "a conversion with this id is recorded in this alliance"),
            "partner_directory_pkey", new Refusal("partner-already-registered",
                    "a partner with this id is registered"),
            "alliance_directory_pkey", new Refusal("alliance-already-exists",
                    "an alliance with this id already exists"));

    private static final Refusal ANY_OTHER = new Refusal("conflict",
            "the resource already exists or was changed at the same time; read it and try again");

    private UniqueKeyRace() {
    }

    /** The 409 for a failure caused by a unique violation, if that is its cause. */
    static Optional<Conflict> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException sql && PSQLState.UNIQUE_VIOLATION.getState().equals(sql.getSQLState())) {
                ServerErrorMessage server = sql.getServerErrorMessage();
                Refusal refusal = server == null ? ANY_OTHER
                        : BY_CONSTRAINT.getOrDefault(server.getConstraint(), ANY_OTHER);
                return Optional.of(new Conflict(refusal.problem(), refusal.detail()));
            }
        }
        return Optional.empty();
    }
}
