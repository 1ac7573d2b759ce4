package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * The calling partner (referrer) referred the customer to another partner of the alliance at occurredAt,
 * optionally through a campaign (campaignId may be null).
 */
public record RecordReferral(@TargetAggregateIdentifier JourneyId journeyId,
                             AllianceId allianceId,
                             CustomerRef customerRef,
                             ReferralId referralId,
                             PartnerId referrer,
                             PartnerId toPartner,
                             Instant occurredAt,
                             CampaignId campaignId,
                             AllianceContext alliance) implements JourneyCommand {

    public RecordReferral {
        Objects.requireNonNull(journeyId, "journeyId");
        journeyId.assertIdentifies(allianceId, customerRef);
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(toPartner, "toPartner");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(alliance, "alliance");
    }
}
