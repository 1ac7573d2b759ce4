package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;

import java.util.HashSet;
import java.util.Set;

/** Proposed terms and the partners that have accepted them so far. */
record PendingAmendment(Terms terms, Set<PartnerId> acceptedBy) {

    PendingAmendment {
        acceptedBy = Set.copyOf(acceptedBy);
    }

    PendingAmendment acceptedBy(PartnerId partner) {
        Set<PartnerId> more = new HashSet<>(acceptedBy);
        more.add(partner);
        return new PendingAmendment(terms, more);
    }
}
