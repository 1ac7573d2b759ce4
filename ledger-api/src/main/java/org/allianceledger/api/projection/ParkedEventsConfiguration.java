package org.allianceledger.api.projection;

import org.allianceledger.projections.campaign.CampaignProjection;
import org.allianceledger.projections.conversion.ConversionProjection;
import org.allianceledger.projections.journal.JournalProjection;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Set;

/**
 * Every tracking projection parks an event it cannot apply in Axon's dead-letter queue on PostgreSQL (table
 * {@code deadletterentry}) and goes on with the other alliances; the parked alliance's later events wait
 * behind it, in order, until an administrator retries them. A rebuild empties the queue, since it applies every
 * event again.
 */
@Configuration(proxyBeanMethods = false)
class ParkedEventsConfiguration {

    static final Set<String> PROJECTIONS = Set.of(CampaignProjection.PROCESSING_GROUP,
            ConversionProjection.PROCESSING_GROUP, JournalProjection.PROCESSING_GROUP);
    /**
     * Axon refuses to park more than this (and the projection then stops, as it did before parking): far above
     * what a defect would park before someone looks, and each parked event is only a row.
     */
    static final int MAX_PARKED_ALLIANCES = 10_000;
    static final int MAX_PARKED_PER_ALLIANCE = 1_000_000;

    @Bean
    ConfigurerModule parkedEventQueues(ConnectionProvider connections, TransactionManager transactions,
                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                       @Qualifier("serializer") Serializer serializer) {
        return configurer -> configurer.eventProcessing(processing -> PROJECTIONS.forEach(projection -> processing
                .registerDeadLetterQueue(projection, config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(projection)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .eventSerializer(eventSerializer)
                        .genericSerializer(serializer)
                        .maxSequences(MAX_PARKED_ALLIANCES)
                        .maxSequenceSize(MAX_PARKED_PER_ALLIANCE)
                        .build())
                // the cache spares a dead-letter lookup per event for alliances known to have nothing parked
                .registerDeadLetteringEventHandlerInvokerConfiguration(projection, (config, invoker) -> invoker
                        .enableSequenceIdentifierCache()
                        .allowReset(true))));
    }

    @Bean
    SavepointPerEvent savepointPerEvent(PlatformTransactionManager transactions) {
        return new SavepointPerEvent(PROJECTIONS, transactions);
    }
}
