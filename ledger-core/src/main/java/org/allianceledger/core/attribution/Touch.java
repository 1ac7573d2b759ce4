package org.allianceledger.core.attribution;

import org.allianceledger.core.partner.PartnerId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A recorded referral as attribution sees it: who referred the customer to whom, and when. */
public record Touch(UUID referralId, PartnerId referrer, PartnerId toPartner, Instant occurredAt) {

    public Touch {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(toPartner, "toPartner");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
