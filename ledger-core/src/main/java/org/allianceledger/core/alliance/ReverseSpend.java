package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payer reverses one of its spends, for example because the invoice was credited. */
public record ReverseSpend(@TargetAggregateIdentifier AllianceId allianceId, CampaignId campaignId, SpendId spendId, PartnerId partner, String reason) implements AllianceCommand {
}
