package org.allianceledger.projections.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.allianceledger.core.alliance.AllianceAccepted;
import org.allianceledger.core.alliance.AllianceActivated;
import org.allianceledger.core.alliance.AllianceProposed;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the alliance directory: status, partners, acceptances and terms of every alliance. It runs in the
 * transaction of the command (subscribing), so command-side checks and reads right after a write see it.
 * Every write is guarded by the aggregate version, so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(AllianceDirectoryProjection.PROCESSING_GROUP)
public class AllianceDirectoryProjection {

    public static final String PROCESSING_GROUP = "alliance-directory";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public AllianceDirectoryProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AllianceProposed event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        int inserted = jdbc.sql("""
                        INSERT INTO alliance_directory (alliance_id, name, kind, currency, status, proposed_by, terms,
                                                        version, proposed_at, updated_at)
                        VALUES (:id, :name, :kind, :currency, :status, :proposedBy, CAST(:terms AS JSONB),
                                :version, :at, :at)
                        ON CONFLICT (alliance_id) DO NOTHING""")
                .param("id", event.allianceId().value())
                .param("name", event.name())
                .param("kind", event.kind().name())
                .param("currency", event.currency().getCurrencyCode())
                .param("status", AllianceStatus.PROPOSED.name())
                .param("proposedBy", event.proposedBy().value())
                .param("terms", toJson(event.terms()))
                .param("version", version)
                .param("at", java.sql.Timestamp.from(recordedAt))
                .update();
        if (inserted == 0) {
            return;
        }
        List<PartnerId> partners = event.partners();
        for (int position = 0; position < partners.size(); position++) {
            PartnerId partner = partners.get(position);
            jdbc.sql("""
                            INSERT INTO alliance_member (alliance_id, partner_id, position, accepted_at)
                            VALUES (:id, :partner, :position, :acceptedAt)""")
                    .param("id", event.allianceId().value())
                    .param("partner", partner.value())
                    .param("position", position)
                    .param("acceptedAt", partner.equals(event.proposedBy()) ? java.sql.Timestamp.from(recordedAt) : null)
                    .update();
        }
    }

    @EventHandler
    void on(AllianceAccepted event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        if (advanceVersion(event.allianceId().value(), version, recordedAt)) {
            jdbc.sql("UPDATE alliance_member SET accepted_at = :at WHERE alliance_id = :id AND partner_id = :partner")
                    .param("at", java.sql.Timestamp.from(recordedAt))
                    .param("id", event.allianceId().value())
                    .param("partner", event.partner().value())
                    .update();
        }
    }

    @EventHandler
    void on(AllianceActivated event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        if (advanceVersion(event.allianceId().value(), version, recordedAt)) {
            setStatus(event.allianceId().value(), AllianceStatus.ACTIVE);
        }
    }

    private void setStatus(UUID allianceId, AllianceStatus status) {
        jdbc.sql("UPDATE alliance_directory SET status = :status WHERE alliance_id = :id")
                .param("status", status.name())
                .param("id", allianceId)
                .update();
    }

    /** Moves the directory row to this event's version; false when the event was already applied. */
    private boolean advanceVersion(UUID allianceId, long version, Instant recordedAt) {
        return jdbc.sql("""
                        UPDATE alliance_directory SET version = :version, updated_at = :at
                        WHERE alliance_id = :id AND version < :version""")
                .param("version", version)
                .param("at", java.sql.Timestamp.from(recordedAt))
                .param("id", allianceId)
                .update() == 1;
    }

    private String toJson(Terms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("terms could not be written as JSON", e);
        }
    }
}
