package org.allianceledger.core.journey;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** A conversion: revenue a partner earned from a customer. */
public record ConversionId(UUID value) implements UuidIdentity {

    public ConversionId {
        Objects.requireNonNull(value, "ConversionId");
    }

    @JsonCreator
    public static ConversionId of(String value) {
        return new ConversionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
