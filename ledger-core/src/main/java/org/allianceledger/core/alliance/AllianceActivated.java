package org.allianceledger.core.alliance;

import org.axonframework.serialization.Revision;

/** Every partner has accepted: spend, referrals and conversions may now be recorded. */
@Revision("1")
public record AllianceActivated(AllianceId allianceId) implements AllianceEvent {
}
