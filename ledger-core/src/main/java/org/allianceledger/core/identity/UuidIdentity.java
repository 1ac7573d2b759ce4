package org.allianceledger.core.identity;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** An id that is a UUID, written in JSON and events as its plain string form. */
public interface UuidIdentity {

    UUID value();

    @JsonValue
    default String asString() {
        return value().toString();
    }
}
