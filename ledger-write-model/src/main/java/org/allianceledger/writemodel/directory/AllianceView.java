package org.allianceledger.writemodel.directory;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.AllianceKind;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.AmendmentId;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.partner.PartnerId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * An alliance as its partners see it: status, who accepted, the latest agreed terms and their version,
 * amendments, and the alliance's version (the ETag for If-Match).
 */
public record AllianceView(AllianceId allianceId,
                           String name,
                           AllianceKind kind,
                           Currency currency,
                           AllianceStatus status,
                           PartnerId proposedBy,
                           List<Member> partners,
                           int termsVersion,
                           Terms terms,
                           List<Amendment> amendments,
                           long version,
                           Instant proposedAt,
                           Instant updatedAt) {

    public boolean hasMember(PartnerId partner) {
        return partners.stream().anyMatch(m -> m.partnerId().equals(partner));
    }

    /** A partner of the alliance and when it accepted (null while it has not). */
    public record Member(PartnerId partnerId, Instant acceptedAt) {
    }

    /** Proposed terms; agreedAsVersion is null while some partner has not accepted. */
    public record Amendment(AmendmentId amendmentId, PartnerId proposedBy, Terms terms, List<PartnerId> acceptedBy,
                            Integer agreedAsVersion, Instant proposedAt) {
    }
}
