package org.allianceledger.api.journey;

import jakarta.validation.constraints.NotNull;
import org.allianceledger.core.journey.CustomerRef;
import org.allianceledger.core.partner.PartnerId;

import java.time.Instant;
import java.util.UUID;

/** The calling partner referred the customer (a pseudonymous reference, never personal data) to toPartner. */
public record RecordReferralRequest(UUID referralId,
                                    @NotNull PartnerId toPartner,
                                    @NotNull CustomerRef customerRef,
                                    @NotNull Instant occurredAt,
                                    UUID campaignId) {
}
