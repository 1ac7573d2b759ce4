package org.allianceledger.core.alliance;

import java.time.LocalDate;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** A campaign was launched. */
@Revision("1")
public record CampaignLaunched(AllianceId allianceId, CampaignId campaignId, PartnerId launchedBy, String name, LocalDate startsOn, LocalDate endsOn) implements AllianceEvent {
}
