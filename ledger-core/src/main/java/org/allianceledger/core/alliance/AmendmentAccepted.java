package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** A partner accepted a pending amendment. */
@Revision("1")
public record AmendmentAccepted(AllianceId allianceId, AmendmentId amendmentId, PartnerId partner) implements AllianceEvent {
}
