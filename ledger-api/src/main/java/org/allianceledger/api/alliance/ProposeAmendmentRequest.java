package org.allianceledger.api.alliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** amendmentId is optional: a client may choose it (a UUID) so that a retry cannot propose twice. */
public record ProposeAmendmentRequest(UUID amendmentId, @NotNull @Valid TermsRequest terms) {
}
