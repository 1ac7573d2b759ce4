package org.allianceledger.api.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class AxonConfigurationTest {

    private final PersistenceExceptionResolver resolver = new AxonConfiguration().persistenceExceptionResolver();

    /** The chain the PostgreSQL driver gives when another transaction appended the same sequence number. */
    @Test
    void aRaceForTheSequenceNumberIsADuplicateKey() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint "
                + "\"domainevententry_aggregate_sequence_key\"", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO DomainEventEntry", "23505", 0,
                new int[0], unique);

        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", batch))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        SQLException lostConnection = new SQLException("An I/O error occurred while sending to the backend", "08006");
        SQLException notNull = new SQLException("null value in column \"payload\"", "23502");

        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", lostConnection))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", notNull))).isFalse();
    }
}
