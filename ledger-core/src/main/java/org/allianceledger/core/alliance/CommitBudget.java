package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner adds to its own budget commitment for a campaign. */
public record CommitBudget(@TargetAggregateIdentifier AllianceId allianceId, CampaignId campaignId, PartnerId partner, Money amount) implements AllianceCommand {
}
