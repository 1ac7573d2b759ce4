package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** A recorded spend. */
public record SpendId(UUID value) implements UuidIdentity {

    public SpendId {
        Objects.requireNonNull(value, "SpendId");
    }

    @JsonCreator
    public static SpendId of(String value) {
        return new SpendId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
