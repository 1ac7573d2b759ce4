package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A partner referred the customer to another partner; campaignId is null when no campaign was named. */
@Revision("1")
public record ReferralRecorded(JourneyId journeyId,
                               AllianceId allianceId,
                               CustomerRef customerRef,
                               ReferralId referralId,
                               PartnerId referrer,
                               PartnerId toPartner,
                               Instant occurredAt,
                               CampaignId campaignId) implements JourneyEvent {
}
