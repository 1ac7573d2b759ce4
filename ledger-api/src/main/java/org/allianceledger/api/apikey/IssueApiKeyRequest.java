package org.allianceledger.api.apikey;

import jakarta.validation.constraints.NotNull;
import org.allianceledger.api.security.Role;
import org.allianceledger.core.partner.PartnerId;

/** partnerId is required for a PARTNER key and must be absent for the other roles. */
public record IssueApiKeyRequest(@NotNull Role role, PartnerId partnerId) {
}
