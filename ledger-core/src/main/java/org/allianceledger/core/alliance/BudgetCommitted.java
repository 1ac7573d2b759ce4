package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** A partner's commitment to a campaign grew by this amount. */
@Revision("1")
public record BudgetCommitted(AllianceId allianceId, CampaignId campaignId, PartnerId partner, Money amount) implements AllianceEvent {
}
