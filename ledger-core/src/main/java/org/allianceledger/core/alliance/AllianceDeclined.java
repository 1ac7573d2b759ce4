package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** The proposal was turned down; nothing can be recorded in this alliance. */
@Revision("1")
public record AllianceDeclined(AllianceId allianceId, PartnerId partner, String reason) implements AllianceEvent {
}
