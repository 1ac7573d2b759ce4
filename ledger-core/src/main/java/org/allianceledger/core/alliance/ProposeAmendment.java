package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner proposes new terms, effective from a date after the current terms. */
public record ProposeAmendment(@TargetAggregateIdentifier AllianceId allianceId, AmendmentId amendmentId, PartnerId proposedBy, Terms terms) implements AllianceCommand {
}
