package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner closes a campaign: no more commitments or spend. */
public record CloseCampaign(@TargetAggregateIdentifier AllianceId allianceId, CampaignId campaignId, PartnerId partner) implements AllianceCommand {
}
