package org.allianceledger.projections.spend;

import org.allianceledger.core.alliance.SpendRecorded;
import org.allianceledger.core.alliance.SpendReversed;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.projections.campaign.CampaignProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.writemodel.support.Sql.utc;

/** Spend lines and each partner's share of them (and of their reversals). Keyed by spend: replay-safe. */
@Component
@ProcessingGroup(CampaignProjection.PROCESSING_GROUP)
public class SpendProjection {

    private final JdbcClient jdbc;

    public SpendProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds spend lines and allocations from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE spend_line, spend_allocation").update();
    }

    @EventHandler
    void on(SpendRecorded event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO spend_line (spend_id, alliance_id, campaign_id, payer, amount, currency, category,
                                                vendor, invoice_ref, incurred_on, evidence_sha256, terms_version,
                                                recorded_at)
                        VALUES (:spend, :alliance, :campaign, :payer, :amount, :currency, :category, :vendor,
                                :invoiceRef, :incurredOn, :evidence, :termsVersion, :at)
                        ON CONFLICT DO NOTHING""")
                .param("spend", event.spendId().value())
                .param("alliance", event.allianceId().value())
                .param("campaign", event.campaignId().value())
                .param("payer", event.payer().value())
                .param("amount", event.amount().amount())
                .param("currency", event.amount().currency().getCurrencyCode())
                .param("category", event.category())
                .param("vendor", event.vendor())
                .param("invoiceRef", event.invoiceRef())
                .param("incurredOn", event.incurredOn())
                .param("evidence", event.evidenceSha256())
                .param("termsVersion", event.termsVersion())
                .param("at", utc(recordedAt))
                .update();
        insertShares(event.spendId().value(), false, event.shares());
    }

    @EventHandler
    void on(SpendReversed event, @Timestamp Instant recordedAt) {
        jdbc.sql("UPDATE spend_line SET reversed_at = :at, reversal_reason = :reason WHERE spend_id = :spend")
                .param("at", utc(recordedAt))
                .param("reason", event.reason())
                .param("spend", event.spendId().value())
                .update();
        insertShares(event.spendId().value(), true, event.shares());
    }

    private void insertShares(UUID spendId, boolean reversal, Map<PartnerId, Money> shares) {
        shares.forEach((partner, share) -> jdbc.sql("""
                        INSERT INTO spend_allocation (spend_id, reversal, partner_id, share)
                        VALUES (:spend, :reversal, :partner, :share)
                        ON CONFLICT DO NOTHING""")
                .param("spend", spendId)
                .param("reversal", reversal)
                .param("partner", partner.value())
                .param("share", share.amount())
                .update());
    }
}
