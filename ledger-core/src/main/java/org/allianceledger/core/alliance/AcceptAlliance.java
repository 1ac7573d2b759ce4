package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcceptAlliance(@TargetAggregateIdentifier AllianceId allianceId, PartnerId partner)
        implements AllianceCommand {
}
