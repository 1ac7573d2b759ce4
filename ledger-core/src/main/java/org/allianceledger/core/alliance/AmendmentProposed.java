package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

/** New terms await the other partners' acceptance; the proposer counts as having accepted. */
@Revision("1")
public record AmendmentProposed(AllianceId allianceId, AmendmentId amendmentId, PartnerId proposedBy, Terms terms) implements AllianceEvent {
}
