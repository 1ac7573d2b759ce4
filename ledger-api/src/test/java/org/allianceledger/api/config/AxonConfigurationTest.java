package org.allianceledger.api.config;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Map;

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

    @Test
    void aCommandsAuditMetadataIsCopiedOntoItsEventsButAnEventHandledByAProjectionIsNotAskedForIts() {
        CorrelationDataProvider audit = new AxonConfiguration().auditMetaData();
        MetaData metaData = MetaData.with("actor", "key-1").and("partner", "acme").and("unrelated", "x");

        Map<String, Object> copied = Map.copyOf(audit.correlationDataFor(GenericCommandMessage.asCommandMessage("spend")
                .andMetaData(metaData)));
        assertThat(copied).isEqualTo(Map.of("actor", "key-1", "partner", "acme"));
        assertThat(audit.correlationDataFor(GenericEventMessage.asEventMessage("spent").andMetaData(metaData))).isEmpty();
    }
}
