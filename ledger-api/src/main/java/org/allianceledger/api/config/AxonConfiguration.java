package org.allianceledger.api.config;

import org.allianceledger.api.command.AggregateCache;
import org.allianceledger.api.command.CommandMetaData;
import org.allianceledger.api.command.ExpectedVersionTarget;
import org.allianceledger.core.alliance.Alliance;
import org.allianceledger.core.journey.CustomerJourney;
import org.allianceledger.core.partner.Partner;
import org.allianceledger.writemodel.conversion.ConversionIndexUpdater;
import org.allianceledger.writemodel.directory.AllianceDirectoryUpdater;
import org.allianceledger.writemodel.partner.PartnerDirectoryUpdater;
import org.allianceledger.projections.sequencing.PerAllianceSequencingPolicy;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.List;
import java.util.Map;

/**
 * Registers the aggregates of ledger-core (which knows nothing of Spring) and decides how event handlers
 * run: the directories are subscribing, so they are written in the transaction of the command.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** PostgreSQL's SQLSTATE for a unique constraint violation. */
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * How often a projection segment with nothing to do stores its token (Axon's claim extension, 5 s by
     * default). The projections' progress and lag are read from the stored tokens: an idle segment showed a
     * projection up to 5 s behind when it was not.
     */
    static final long TOKEN_REFRESH_MILLIS = 1000;
    /**
     * The handlers that write the command side's tables in the command's transaction. A failure of one fails
     * the command: Axon's default handler for their errors logs and swallows them, and the command was then
     * answered 2xx while PostgreSQL rolled its transaction back.
     */
    static final List<String> SAME_TRANSACTION_GROUPS = List.of(PartnerDirectoryUpdater.PROCESSING_GROUP,
            AllianceDirectoryUpdater.PROCESSING_GROUP, ConversionIndexUpdater.PROCESSING_GROUP);

    @Bean
    ConfigurerModule ledgerAggregatesAndProcessors(LedgerProperties properties, AggregateCache aggregates) {
        return configurer -> {
            configurer.configureAggregate(Partner.class);
            AggregateConfigurer<CustomerJourney> journeys = AggregateConfigurer.defaultConfiguration(CustomerJourney.class);
            AggregateConfigurer<Alliance> alliances = AggregateConfigurer.defaultConfiguration(Alliance.class)
                    .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                            config.snapshotter(), properties.snapshotThreshold()))
                    .configureCommandTargetResolver(config -> new ExpectedVersionTarget());
            if (properties.aggregateCache()) {
                journeys.configureCache(config -> aggregates);
                alliances.configureCache(config -> aggregates);
            }
            configurer.configureAggregate(journeys);
            configurer.configureAggregate(alliances);
            configurer.eventProcessing(processing -> {
                processing.registerPooledStreamingEventProcessorConfiguration((config, builder) ->
                        builder.claimExtensionThreshold(TOKEN_REFRESH_MILLIS));
                for (String group : SAME_TRANSACTION_GROUPS) {
                    processing.registerSubscribingEventProcessor(group)
                            .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance());
                }
            });
        };
    }

    /**
     * Axon's units of work on Spring's transactions. Nested: a command sent inside a caller's transaction
     * (Idempotency-Key) runs in a savepoint of it, so a command that lost a race rolls back to the savepoint and
     * is decided again, and the key's record still commits with the command's effect. Without a caller's
     * transaction, nested is a transaction of its own.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
    }

    /** The projections' sequencing (application.yml names this bean for each tracking processor). */
    @Bean
    PerAllianceSequencingPolicy perAllianceSequencingPolicy() {
        return new PerAllianceSequencingPolicy();
    }

    /**
     * The event store: Axon's embedded one, built as Axon's auto-configuration builds it, but waking the reader
     * that feeds the projections when the events are committed ({@link CommitAwareEventStore}).
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /**
     * Axon's JDBC storage engine with its default schema, exactly as its auto-configuration declares it: that
     * declaration backs off once the application declares an event store of its own.
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("serializer") Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .build();
    }

    /** Snapshots the aggregates registered above (Axon's Spring snapshotter only knows @Aggregate beans). */
    @Bean
    Snapshotter snapshotter(EventStore eventStore, TransactionManager transactionManager) {
        return AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .aggregateFactories(new GenericAggregateFactory<>(Alliance.class))
                .transactionManager(transactionManager)
                .build();
    }

    /** Axon's JDBC token store, naming this instance as LEDGER_NODE_ID says when it is set. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, @Qualifier("serializer") Serializer serializer,
                          LedgerProperties properties) {
        JdbcTokenStore.Builder tokenStore = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer);
        if (properties.nodeId() != null && !properties.nodeId().isBlank()) {
            tokenStore.nodeId(properties.nodeId());
        }
        return tokenStore.build();
    }

    /**
     * Tells Axon which storage failure means another write took the aggregate's sequence number: PostgreSQL's
     * unique_violation (SQLSTATE 23505) on the event table. Axon's default JDBC resolver only knows
     * SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws, so such a race
     * surfaced as an EventStoreException (500) instead of a ConcurrencyException (decided again, or 409).
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /**
     * Copies who acted, for which partner and under which correlation id from each command onto its events.
     * Only from commands: a projection handling an event sends nothing on, and asking an event for its
     * metadata made every projection deserialize the metadata of every event it read.
     */
    @Bean
    CorrelationDataProvider auditMetaData() {
        SimpleCorrelationDataProvider fromCommand = new SimpleCorrelationDataProvider(CommandMetaData.KEYS);
        return message -> message instanceof CommandMessage<?> ? fromCommand.correlationDataFor(message) : Map.of();
    }
}
