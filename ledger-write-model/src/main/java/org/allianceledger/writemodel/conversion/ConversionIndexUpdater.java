package org.allianceledger.writemodel.conversion;

import org.allianceledger.core.journey.ConversionRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which customer journey each conversion belongs to, written in the transaction that records the conversion
 * (subscribing): a refund finds its journey at once, and a conversion id cannot be used twice in an alliance.
 */
@Component
@ProcessingGroup(ConversionIndexUpdater.PROCESSING_GROUP)
public class ConversionIndexUpdater {

    public static final String PROCESSING_GROUP = "conversion-index";

    private final JdbcClient jdbc;

    public ConversionIndexUpdater(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversionRecorded event) {
        jdbc.sql("""
                        INSERT INTO conversion_index (alliance_id, conversion_id, customer_ref)
                        VALUES (:alliance, :conversion, :customer)""")
                .param("alliance", event.allianceId().value())
                .param("conversion", event.conversionId().value())
                .param("customer", event.customerRef().value())
                .update();
    }
}
