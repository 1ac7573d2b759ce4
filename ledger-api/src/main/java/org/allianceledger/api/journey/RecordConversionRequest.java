package org.allianceledger.api.journey;

import jakarta.validation.constraints.NotNull;
import org.allianceledger.core.journey.CustomerRef;
import org.allianceledger.core.money.Money;

import java.time.Instant;
import java.util.UUID;

/** The calling partner, as receiving partner, earned this revenue from the customer. */
public record RecordConversionRequest(UUID conversionId,
                                      @NotNull CustomerRef customerRef,
                                      @NotNull Money revenue,
                                      @NotNull Instant occurredAt) {
}
