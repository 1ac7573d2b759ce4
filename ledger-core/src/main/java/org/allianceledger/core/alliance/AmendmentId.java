package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** A proposed amendment of an alliance's terms. */
public record AmendmentId(UUID value) implements UuidIdentity {

    public AmendmentId {
        Objects.requireNonNull(value, "AmendmentId");
    }

    @JsonCreator
    public static AmendmentId of(String value) {
        return new AmendmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
