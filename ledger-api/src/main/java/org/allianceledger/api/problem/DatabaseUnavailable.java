package org.allianceledger.api.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * A failure because PostgreSQL cannot be reached: it is down, shutting down or starting, the connection to it
 * broke, or the pool found no connection in time. Such failures arrive wrapped (in Axon's command and event
 * store exceptions, Spring's transaction exceptions, a filter's own), so the whole cause chain is searched. The
 * answer is {@code 503 database-unavailable} with {@code Retry-After}: the partner system retries the same
 * request with the same Idempotency-Key, which records it once whether or not the failed attempt had committed.
 */
final class DatabaseUnavailable {

    static final String PROBLEM = "database-unavailable";
    static final long RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** SQLState class 08, connection exception: no connection could be made, or it broke. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now (the server is starting or stopping). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");
    /**
     * What the pool throws, without an SQLState, when a connection it closed is used again: it closes one as soon
     * as a statement on it failed for one of the reasons above, and Axon goes on with the same connection after a
     * failed snapshot read, Spring when it rolls back.
     */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /**
     * The exception in the failure's cause chain that says the database cannot be reached: Spring's resource
     * failures (no connection, a connection lost), the pool's timeout or its closed connection, or the driver's
     * own SQLState.
     */
    static Optional<Throwable> causeOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && (unreachable(sql.getSQLState()) || closedByThePool(sql))) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /**
     * The answer's body, logged as a warning of one line with the innermost cause (the driver's or the pool's own
     * words; they log the rest). The caller sets Retry-After on the response it owns.
     */
    static ProblemDetail problem(Throwable cause) {
        log.warn("answered 503 {}: {}", PROBLEM, NestedExceptionUtils.getMostSpecificCause(cause).getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, PROBLEM, "the ledger cannot reach its database just now. "
                + "Retry after " + RETRY_AFTER_SECONDS + " seconds; with the same Idempotency-Key the request is "
                + "recorded exactly once, even if this attempt was.");
    }

    private static boolean closedByThePool(SQLException e) {
        return e.getSQLState() == null && CLOSED_BY_THE_POOL.equals(e.getMessage());
    }

    private static boolean unreachable(String sqlState) {
        return sqlState != null && (sqlState.startsWith(CONNECTION_EXCEPTION) || SERVER_GOING_OR_COMING.contains(sqlState));
    }
}
