package org.allianceledger.projections.conversion;

import org.allianceledger.core.journey.ConversionRecorded;
import org.allianceledger.core.journey.ConversionReversed;
import org.allianceledger.core.journey.ReferralRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.allianceledger.writemodel.support.Sql.utc;

/** Referrals, conversions and each referrer's share of a conversion's revenue and commission. Replay-safe. */
@Component
@ProcessingGroup(ConversionProjection.PROCESSING_GROUP)
public class ConversionProjection {

    public static final String PROCESSING_GROUP = "conversions";

    private final JdbcClient jdbc;

    public ConversionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds referrals and conversions from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE referral_view, conversion_view, conversion_attribution").update();
    }

    @EventHandler
    void on(ReferralRecorded event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO referral_view (alliance_id, referral_id, customer_ref, referrer, to_partner,
                                                   occurred_at, campaign_id, recorded_at)
                        VALUES (:alliance, :referral, :customer, :referrer, :toPartner, :occurredAt, :campaign, :at)
                        ON CONFLICT DO NOTHING""")
                .param("alliance", event.allianceId().value())
                .param("referral", event.referralId().value())
                .param("customer", event.customerRef().value())
                .param("referrer", event.referrer().value())
                .param("toPartner", event.toPartner().value())
                .param("occurredAt", utc(event.occurredAt()))
                .param("campaign", event.campaignId() == null ? null : event.campaignId().value())
                .param("at", utc(recordedAt))
                .update();
    }

    @EventHandler
    void on(ConversionRecorded event, @Timestamp Instant recordedAt) {
        int inserted = jdbc.sql("""
                        INSERT INTO conversion_view (alliance_id, conversion_id, customer_ref, receiver, revenue,
                                                     currency, occurred_at, terms_version, commission, attributed,
                                                     recorded_at)
                        VALUES (:alliance, :conversion, :customer, :receiver, :revenue, :currency, :occurredAt,
                                :termsVersion, :commission, :attributed, :at)
                        ON CONFLICT DO NOTHING""")
                .param("alliance", event.allianceId().value())
                .param("conversion", event.conversionId().value())
                .param("customer", event.customerRef().value())
                .param("receiver", event.receiver().value())
                .param("revenue", event.revenue().amount())
                .param("currency", event.revenue().currency().getCurrencyCode())
                .param("occurredAt", utc(event.occurredAt()))
                .param("termsVersion", event.termsVersion())
                .param("commission", event.commission().amount())
                .param("attributed", !event.weights().isEmpty())
                .param("at", utc(recordedAt))
                .update();
        if (inserted == 0) {
            return;
        }
        event.weights().forEach((referrer, weight) -> jdbc.sql("""
                        INSERT INTO conversion_attribution (alliance_id, conversion_id, referrer, weight, revenue_share,
                                                            commission)
                        VALUES (:alliance, :conversion, :referrer, :weight, :revenue, :commission)""")
                .param("alliance", event.allianceId().value())
                .param("conversion", event.conversionId().value())
                .param("referrer", referrer.value())
                .param("weight", weight)
                .param("revenue", event.revenueShares().get(referrer).amount())
                .param("commission", event.commissionShares().get(referrer).amount())
                .update());
    }

    @EventHandler
    void on(ConversionReversed event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE conversion_view SET reversed_at = :at, reversal_reason = :reason
                        WHERE alliance_id = :alliance AND conversion_id = :conversion""")
                .param("at", utc(recordedAt))
                .param("reason", event.reason())
                .param("alliance", event.allianceId().value())
                .param("conversion", event.conversionId().value())
                .update();
    }
}
