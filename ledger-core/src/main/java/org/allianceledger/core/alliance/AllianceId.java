package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** An alliance. */
public record AllianceId(UUID value) implements UuidIdentity {

    public AllianceId {
        Objects.requireNonNull(value, "AllianceId");
    }

    @JsonCreator
    public static AllianceId of(String value) {
        return new AllianceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
