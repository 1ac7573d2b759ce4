package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** The alliance is suspended. */
@Revision("1")
public record AllianceSuspended(AllianceId allianceId, PartnerId partner, String reason) implements AllianceEvent {
}
