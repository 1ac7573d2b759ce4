package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** The alliance is dissolved; only settlement payments may still be recorded. */
@Revision("1")
public record AllianceDissolved(AllianceId allianceId, PartnerId partner, String reason) implements AllianceEvent {
}
