package org.allianceledger.core.partner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A company taking part in alliances, named by a short slug such as {@code acme}. */
public record PartnerId(String value) implements Comparable<PartnerId> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");

    public PartnerId {
        Objects.requireNonNull(value, "partner id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "partner id must be 2 to 40 lower-case letters, digits or dashes, got '" + value + "'");
        }
    }

    @JsonCreator
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
