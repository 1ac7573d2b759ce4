package org.allianceledger.writemodel.partner;

import org.allianceledger.core.partner.PartnerRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the registered partners, in the transaction that records the registration. */
@Component
@ProcessingGroup(PartnerDirectoryUpdater.PROCESSING_GROUP)
public class PartnerDirectoryUpdater {

    public static final String PROCESSING_GROUP = "partner-directory";

    private final JdbcClient jdbc;

    public PartnerDirectoryUpdater(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnerRegistered event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO partner_directory (partner_id, name, registered_at)
                        VALUES (:partnerId, :name, :registeredAt)
                        ON CONFLICT (partner_id) DO NOTHING""")
                .param("partnerId", event.partnerId().value())
                .param("name", event.name())
                .param("registeredAt", java.sql.Timestamp.from(recordedAt))
                .update();
    }
}
