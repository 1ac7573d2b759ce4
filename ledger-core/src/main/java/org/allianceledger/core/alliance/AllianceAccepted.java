package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AllianceAccepted(AllianceId allianceId, PartnerId partner) implements AllianceEvent {
}
