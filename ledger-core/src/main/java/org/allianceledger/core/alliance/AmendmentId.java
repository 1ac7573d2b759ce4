package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record AmendmentId(UUID value) {

    public AmendmentId {
        Objects.requireNonNull(value, "amendment id");
    }

    @JsonCreator
    public static AmendmentId of(String value) {
        return new AmendmentId(UUID.fromString(value));
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
