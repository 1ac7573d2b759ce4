package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner accepts a pending amendment. */
public record AcceptAmendment(@TargetAggregateIdentifier AllianceId allianceId, AmendmentId amendmentId, PartnerId partner) implements AllianceCommand {
}
