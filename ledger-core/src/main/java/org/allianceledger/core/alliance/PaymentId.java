package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** A recorded settlement payment. */
public record PaymentId(UUID value) implements UuidIdentity {

    public PaymentId {
        Objects.requireNonNull(value, "PaymentId");
    }

    @JsonCreator
    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
