package org.allianceledger.api.security;

import org.allianceledger.core.partner.PartnerId;

import java.util.Optional;

/**
 * Who is calling: the API key and its role, and for a PARTNER key the partner it acts for. The acting
 * partner of a command always comes from here, never from a request body.
 */
public record Caller(String keyId, Role role, PartnerId partnerOrNull) {

    public Optional<PartnerId> partner() {
        return Optional.ofNullable(partnerOrNull);
    }

    /** The partner this key acts for; only PARTNER keys reach the endpoints that call this. */
    public PartnerId actingPartner() {
        if (partnerOrNull == null) {
            throw new IllegalStateException("key " + keyId + " does not act for a partner");
        }
        return partnerOrNull;
    }
}
