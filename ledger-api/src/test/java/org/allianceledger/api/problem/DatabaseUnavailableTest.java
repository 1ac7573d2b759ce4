package org.allianceledger.api.problem;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean that PostgreSQL cannot be reached, however deep they are wrapped. */
class DatabaseUnavailableTest {

    @Test
    void thePoolsTimeoutInsideASpringTransactionFailureIsRecognised() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "ledger - Connection is not available, request timed out after 2001ms");

        assertThat(DatabaseUnavailable.causeOf(new CannotCreateTransactionException("no transaction", timeout)))
                .containsSame(timeout);
    }

    @Test
    void aConnectionThatCouldNotBeMadeIsRecognised() {
        CannotGetJdbcConnectionException noConnection = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");

        assertThat(DatabaseUnavailable.causeOf(new IllegalStateException(noConnection))).containsSame(noConnection);
    }

    @Test
    void aBrokenConnectionUnderAxonsExceptionsIsRecognised() {
        PSQLException broken = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);
        CommandExecutionException command = new CommandExecutionException("command failed",
                new EventStoreException("an event could not be persisted", broken), null);

        assertThat(DatabaseUnavailable.causeOf(command)).containsSame(broken);
    }

    @Test
    void aServerShuttingDownOrStartingIsRecognised() {
        for (String state : new String[]{"57P01", "57P02", "57P03"}) {
            BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", state, new int[0]);

            assertThat(DatabaseUnavailable.causeOf(new RuntimeException(batch))).as(state).containsSame(batch);
        }
    }

    @Test
    void aConnectionThePoolClosedAfterItBrokeIsRecognised() {
        SQLException closed = new SQLException("Connection is closed");

        assertThat(DatabaseUnavailable.causeOf(new TransactionSystemException("JDBC rollback failed", closed)))
                .containsSame(closed);
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        PSQLException duplicate = new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION);

        assertThat(DatabaseUnavailable.causeOf(new DataIntegrityViolationException("duplicate", duplicate))).isEmpty();
        assertThat(DatabaseUnavailable.causeOf(new PSQLException("canceling statement", PSQLState.QUERY_CANCELED)))
                .isEmpty();
        assertThat(DatabaseUnavailable.causeOf(new SQLException("Connection is closed", "42000"))).isEmpty();
        assertThat(DatabaseUnavailable.causeOf(new IllegalArgumentException("not a database failure"))).isEmpty();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.causeOf(first)).isEmpty();
    }
}
