package org.allianceledger.core.alliance;

import java.time.LocalDate;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner launches a campaign of the alliance, running from startsOn to endsOn inclusive. */
public record LaunchCampaign(@TargetAggregateIdentifier AllianceId allianceId, CampaignId campaignId, PartnerId partner, String name, LocalDate startsOn, LocalDate endsOn) implements AllianceCommand {
}
