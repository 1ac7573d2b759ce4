package org.allianceledger.writemodel.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.allianceledger.core.alliance.AllianceAccepted;
import org.allianceledger.core.alliance.AllianceActivated;
import org.allianceledger.core.alliance.AllianceDeclined;
import org.allianceledger.core.alliance.AllianceDissolved;
import org.allianceledger.core.alliance.AllianceEvent;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.AllianceProposed;
import org.allianceledger.core.alliance.AllianceResumed;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.AllianceSuspended;
import org.allianceledger.core.alliance.AmendmentAccepted;
import org.allianceledger.core.alliance.AmendmentProposed;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.alliance.TermsAmended;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the alliance directory: status, partners, acceptances, terms versions and pending amendments. It
 * runs in the transaction of the command (subscribing), so command-side checks and reads right after a
 * write see it. Every change first moves the row to the event's version, so an event applied twice
 * changes nothing.
 */
@Component
@ProcessingGroup(AllianceDirectoryUpdater.PROCESSING_GROUP)
public class AllianceDirectoryUpdater {

    public static final String PROCESSING_GROUP = "alliance-directory";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public AllianceDirectoryUpdater(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AllianceProposed event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        int inserted = jdbc.sql("""
                        INSERT INTO alliance_directory (alliance_id, name, kind, currency, status, proposed_by, terms,
                                                        terms_version, version, proposed_at, updated_at)
                        VALUES (:id, :name, :kind, :currency, :status, :proposedBy, CAST(:terms AS JSONB), 1,
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
                .param("at", utc(recordedAt))
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
                    .param("acceptedAt", partner.equals(event.proposedBy()) ? utc(recordedAt) : null)
                    .update();
        }
        insertTermsVersion(event.allianceId(), 1, event.terms(), recordedAt);
    }

    @EventHandler
    void on(AllianceAccepted event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        if (advance(event.allianceId(), version, recordedAt)) {
            jdbc.sql("UPDATE alliance_member SET accepted_at = :at WHERE alliance_id = :id AND partner_id = :partner")
                    .param("at", utc(recordedAt))
                    .param("id", event.allianceId().value())
                    .param("partner", event.partner().value())
                    .update();
        }
    }

    @EventHandler
    void on(AllianceActivated event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        changeStatus(event.allianceId(), AllianceStatus.ACTIVE, version, recordedAt);
    }

    @EventHandler
    void on(AllianceDeclined event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        changeStatus(event.allianceId(), AllianceStatus.DECLINED, version, recordedAt);
    }

    @EventHandler
    void on(AllianceSuspended event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        changeStatus(event.allianceId(), AllianceStatus.SUSPENDED, version, recordedAt);
    }

    @EventHandler
    void on(AllianceResumed event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        changeStatus(event.allianceId(), AllianceStatus.ACTIVE, version, recordedAt);
    }

    @EventHandler
    void on(AllianceDissolved event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        changeStatus(event.allianceId(), AllianceStatus.DISSOLVED, version, recordedAt);
    }

    @EventHandler
    void on(AmendmentProposed event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        if (advance(event.allianceId(), version, recordedAt)) {
            jdbc.sql("""
                            INSERT INTO alliance_amendment (amendment_id, alliance_id, proposed_by, terms, accepted_by,
                                                            proposed_at)
                            VALUES (:amendment, :id, :proposedBy, CAST(:terms AS JSONB), ARRAY[:proposedBy], :at)""")
                    .param("amendment", event.amendmentId().value())
                    .param("id", event.allianceId().value())
                    .param("proposedBy", event.proposedBy().value())
                    .param("terms", toJson(event.terms()))
                    .param("at", utc(recordedAt))
                    .update();
        }
    }

    @EventHandler
    void on(AmendmentAccepted event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        if (advance(event.allianceId(), version, recordedAt)) {
            jdbc.sql("""
                            UPDATE alliance_amendment SET accepted_by = array_append(accepted_by, :partner)
                            WHERE alliance_id = :id AND amendment_id = :amendment""")
                    .param("partner", event.partner().value())
                    .param("id", event.allianceId().value())
                    .param("amendment", event.amendmentId().value())
                    .update();
        }
    }

    @EventHandler
    void on(TermsAmended event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        if (advance(event.allianceId(), version, recordedAt)) {
            jdbc.sql("""
                            UPDATE alliance_directory SET terms = CAST(:terms AS JSONB), terms_version = :termsVersion
                            WHERE alliance_id = :id""")
                    .param("terms", toJson(event.terms()))
                    .param("termsVersion", event.version())
                    .param("id", event.allianceId().value())
                    .update();
            jdbc.sql("""
                            UPDATE alliance_amendment SET agreed_as = :termsVersion
                            WHERE alliance_id = :id AND amendment_id = :amendment""")
                    .param("termsVersion", event.version())
                    .param("id", event.allianceId().value())
                    .param("amendment", event.amendmentId().value())
                    .update();
            insertTermsVersion(event.allianceId(), event.version(), event.terms(), recordedAt);
        }
    }

    /** Campaign, spend and payment events change no directory field but do move the alliance's version. */
    @EventHandler
    void on(AllianceEvent event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        advance(event.allianceId(), version, recordedAt);
    }

    private void insertTermsVersion(AllianceId allianceId, int termsVersion, Terms terms, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO alliance_terms (alliance_id, version, effective_from, terms, agreed_at)
                        VALUES (:id, :version, :effectiveFrom, CAST(:terms AS JSONB), :at)""")
                .param("id", allianceId.value())
                .param("version", termsVersion)
                .param("effectiveFrom", terms.effectiveFrom())
                .param("terms", toJson(terms))
                .param("at", utc(recordedAt))
                .update();
    }

    private void changeStatus(AllianceId allianceId, AllianceStatus status, long version, Instant recordedAt) {
        if (advance(allianceId, version, recordedAt)) {
            jdbc.sql("UPDATE alliance_directory SET status = :status WHERE alliance_id = :id")
                    .param("status", status.name())
                    .param("id", allianceId.value())
                    .update();
        }
    }

    /** Moves the directory row to this event's version; false when the event was already applied. */
    private boolean advance(AllianceId allianceId, long version, Instant recordedAt) {
        return jdbc.sql("""
                        UPDATE alliance_directory SET version = :version, updated_at = :at
                        WHERE alliance_id = :id AND version < :version""")
                .param("version", version)
                .param("at", utc(recordedAt))
                .param("id", allianceId.value())
                .update() == 1;
    }

    private String toJson(Terms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("terms could not be written as JSON", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
