package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.allianceledger.core.identity.UuidIdentity;

import java.util.Objects;
import java.util.UUID;

/** A campaign of an alliance. */
public record CampaignId(UUID value) implements UuidIdentity {

    public CampaignId {
        Objects.requireNonNull(value, "CampaignId");
    }

    @JsonCreator
    public static CampaignId of(String value) {
        return new CampaignId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
