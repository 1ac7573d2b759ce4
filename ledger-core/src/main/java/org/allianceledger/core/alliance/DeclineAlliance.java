package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner that has not accepted turns the proposal down; the alliance is DECLINED for good. */
public record DeclineAlliance(@TargetAggregateIdentifier AllianceId allianceId, PartnerId partner, String reason) implements AllianceCommand {
}
