package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** A campaign was closed. */
@Revision("1")
public record CampaignClosed(AllianceId allianceId, CampaignId campaignId, PartnerId closedBy) implements AllianceEvent {
}
