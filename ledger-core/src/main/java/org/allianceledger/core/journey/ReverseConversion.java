package org.allianceledger.core.journey;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The receiving partner refunds one of its conversions, for example because the customer returned the goods. */
public record ReverseConversion(@TargetAggregateIdentifier JourneyId journeyId,
                                ConversionId conversionId,
                                PartnerId partner,
                                String reason,
                                AllianceContext alliance) implements JourneyCommand {

    public ReverseConversion {
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(conversionId, "conversionId");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(alliance, "alliance");
    }
}
