package org.allianceledger.api.config;

import org.allianceledger.api.command.CommandMetaData;
import org.allianceledger.core.alliance.Alliance;
import org.allianceledger.core.partner.Partner;
import org.allianceledger.projections.directory.AllianceDirectoryProjection;
import org.allianceledger.projections.partner.PartnerDirectoryProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the aggregates of ledger-core (which knows nothing of Spring) and decides how event handlers
 * run: the directories are subscribing, so they are written in the transaction of the command.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    ConfigurerModule ledgerAggregatesAndProcessors() {
        return configurer -> {
            configurer.configureAggregate(Partner.class);
            configurer.configureAggregate(Alliance.class);
            configurer.eventProcessing(processing -> processing
                    .registerSubscribingEventProcessor(PartnerDirectoryProjection.PROCESSING_GROUP)
                    .registerSubscribingEventProcessor(AllianceDirectoryProjection.PROCESSING_GROUP));
        };
    }

    /** Copies who acted, for which partner and under which correlation id from each command onto its events. */
    @Bean
    CorrelationDataProvider auditMetaData() {
        return new SimpleCorrelationDataProvider(CommandMetaData.KEYS);
    }
}
