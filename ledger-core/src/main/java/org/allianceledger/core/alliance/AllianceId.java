package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record AllianceId(UUID value) {

    public AllianceId {
        Objects.requireNonNull(value, "alliance id");
    }

    @JsonCreator
    public static AllianceId of(String value) {
        return new AllianceId(UUID.fromString(value));
    }

    @JsonValue
    public String asString() {
        return value.toString();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
