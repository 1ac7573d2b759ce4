package org.allianceledger.projections.campaign;

import org.allianceledger.core.alliance.BudgetCommitted;
import org.allianceledger.core.alliance.CampaignClosed;
import org.allianceledger.core.alliance.CampaignLaunched;
import org.allianceledger.core.alliance.SpendRecorded;
import org.allianceledger.core.alliance.SpendReversed;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.allianceledger.writemodel.support.Sql.utc;

/**
 * Campaigns and, per partner, what it committed and its share of the spend so far. Sums change only for
 * an event not yet applied (campaign_budget_event remembers them), so a replayed event changes nothing.
 */
@Component
@ProcessingGroup(CampaignProjection.PROCESSING_GROUP)
public class CampaignProjection {

    public static final String PROCESSING_GROUP = "campaigns";

    private final JdbcClient jdbc;

    public CampaignProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds campaigns and budgets from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE campaign_view, campaign_budget, campaign_budget_event").update();
    }

    @EventHandler
    void on(CampaignLaunched event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO campaign_view (alliance_id, campaign_id, name, starts_on, ends_on, launched_by, launched_at)
                        VALUES (:alliance, :campaign, :name, :startsOn, :endsOn, :launchedBy, :at)
                        ON CONFLICT DO NOTHING""")
                .param("alliance", event.allianceId().value())
                .param("campaign", event.campaignId().value())
                .param("name", event.name())
                .param("startsOn", event.startsOn())
                .param("endsOn", event.endsOn())
                .param("launchedBy", event.launchedBy().value())
                .param("at", utc(recordedAt))
                .update();
    }

    @EventHandler
    void on(CampaignClosed event) {
        jdbc.sql("UPDATE campaign_view SET closed = TRUE WHERE alliance_id = :alliance AND campaign_id = :campaign")
                .param("alliance", event.allianceId().value())
                .param("campaign", event.campaignId().value())
                .update();
    }

    @EventHandler
    void on(BudgetCommitted event, @MessageIdentifier String eventId) {
        if (firstTime(eventId)) {
            upsert(event.allianceId().value(), event.campaignId().value(), event.partner(), event.amount(), "committed");
        }
    }

    @EventHandler
    void on(SpendRecorded event, @MessageIdentifier String eventId) {
        if (firstTime(eventId)) {
            addShares(event.allianceId().value(), event.campaignId().value(), event.shares());
        }
    }

    @EventHandler
    void on(SpendReversed event, @MessageIdentifier String eventId) {
        if (firstTime(eventId)) {
            addShares(event.allianceId().value(), event.campaignId().value(), event.shares());
        }
    }

    /** In partner-id order, so two transactions touching one campaign lock its rows in the same order. */
    private void addShares(UUID alliance, UUID campaign, Map<PartnerId, Money> shares) {
        new TreeMap<>(shares).forEach((partner, share) -> upsert(alliance, campaign, partner, share, "spent"));
    }

    private void upsert(UUID alliance, UUID campaign, PartnerId partner, Money amount,
                        String column) {
        jdbc.sql("""
                        INSERT INTO campaign_budget (alliance_id, campaign_id, partner_id, currency, %1$s)
                        VALUES (:alliance, :campaign, :partner, :currency, :amount)
                        ON CONFLICT (alliance_id, campaign_id, partner_id)
                        DO UPDATE SET %1$s = campaign_budget.%1$s + EXCLUDED.%1$s""".formatted(column))
                .param("alliance", alliance)
                .param("campaign", campaign)
                .param("partner", partner.value())
                .param("currency", amount.currency().getCurrencyCode())
                .param("amount", amount.amount())
                .update();
    }

    private boolean firstTime(String eventId) {
        return jdbc.sql("INSERT INTO campaign_budget_event (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .param("id", eventId)
                .update() == 1;
    }
}
