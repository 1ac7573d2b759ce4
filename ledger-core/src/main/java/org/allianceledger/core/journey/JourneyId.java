package org.allianceledger.core.journey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.allianceledger.core.alliance.AllianceId;

import java.util.Objects;
import java.util.UUID;

/**
 * A customer's journey in one alliance, named {@code <alliance uuid>:<customer ref>}. The id is derived, not
 * generated, so every partner's referral or conversion for the same customer reaches the same journey.
 */
public record JourneyId(String value) {

    private static final int UUID_LENGTH = 36;

    public JourneyId {
        Objects.requireNonNull(value, "journey id");
        if (value.length() <= UUID_LENGTH + 1 || value.charAt(UUID_LENGTH) != ':'
                || !isCanonicalUuid(value.substring(0, UUID_LENGTH))) {
            throw new IllegalArgumentException("a journey id is an alliance id, a colon and a customer reference");
        }
        // the customer part must itself be a valid pseudonym
        CustomerRef.of(value.substring(UUID_LENGTH + 1));
    }

    public static JourneyId of(AllianceId allianceId, CustomerRef customerRef) {
        Objects.requireNonNull(allianceId, "allianceId");
        Objects.requireNonNull(customerRef, "customerRef");
        return new JourneyId(allianceId + ":" + customerRef);
    }

    @JsonCreator
    public static JourneyId of(String value) {
        return new JourneyId(value);
    }

    /** The alliance this journey belongs to. */
    public AllianceId allianceId() {
        return AllianceId.of(value.substring(0, UUID_LENGTH));
    }

    /** Commands name the journey and its parts; they must agree, or facts would land in another customer's stream. */
    void assertIdentifies(AllianceId allianceId, CustomerRef customerRef) {
        if (!equals(of(allianceId, customerRef))) {
            throw new IllegalArgumentException("journey " + value + " is not the journey of customer " + customerRef
                    + " in alliance " + allianceId);
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon names the event stream by this string. */
    @Override
    public String toString() {
        return value;
    }

    private static boolean isCanonicalUuid(String candidate) {
        try {
            return UUID.fromString(candidate).toString().equals(candidate);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
