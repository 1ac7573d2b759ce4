package org.allianceledger.core.journey;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** A referral of a customer from one partner to another. */
public record ReferralId(UUID value) implements UuidIdentity {

    public ReferralId {
        Objects.requireNonNull(value, "ReferralId");
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
