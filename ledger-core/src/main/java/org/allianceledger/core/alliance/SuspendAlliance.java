package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner suspends the alliance: no new spend, referrals or conversions until it is resumed. */
public record SuspendAlliance(@TargetAggregateIdentifier AllianceId allianceId, PartnerId partner, String reason) implements AllianceCommand {
}
