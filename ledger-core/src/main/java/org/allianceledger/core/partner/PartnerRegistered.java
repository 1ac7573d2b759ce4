package org.allianceledger.core.partner;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PartnerRegistered(PartnerId partnerId, String name) {
}
