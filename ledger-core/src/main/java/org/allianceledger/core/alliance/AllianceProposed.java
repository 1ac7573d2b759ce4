package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.util.Currency;
import java.util.List;

/** The proposal, with its terms as version 1. The proposer counts as having accepted. */
@Revision("1")
public record AllianceProposed(AllianceId allianceId,
                               PartnerId proposedBy,
                               String name,
                               AllianceKind kind,
                               Currency currency,
                               List<PartnerId> partners,
                               Terms terms) implements AllianceEvent {
}
