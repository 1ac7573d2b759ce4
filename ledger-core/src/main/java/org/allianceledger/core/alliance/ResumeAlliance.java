package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner resumes a suspended alliance. */
public record ResumeAlliance(@TargetAggregateIdentifier AllianceId allianceId, PartnerId partner) implements AllianceCommand {
}
