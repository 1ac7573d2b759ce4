package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** The alliance is active again. */
@Revision("1")
public record AllianceResumed(AllianceId allianceId, PartnerId partner) implements AllianceEvent {
}
