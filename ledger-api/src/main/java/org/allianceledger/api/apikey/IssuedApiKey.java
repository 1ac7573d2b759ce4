package org.allianceledger.api.apikey;

import org.allianceledger.api.security.Role;
import org.allianceledger.core.partner.PartnerId;

/** A new key: the secret is shown in this response only. */
public record IssuedApiKey(String keyId, String secret, Role role, PartnerId partnerId) {
}
