package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** The calling partner (receiver) earned revenue from the customer at occurredAt; referrers may earn commission. */
public record RecordConversion(@TargetAggregateIdentifier JourneyId journeyId,
                               AllianceId allianceId,
                               CustomerRef customerRef,
                               ConversionId conversionId,
                               PartnerId receiver,
                               Money revenue,
                               Instant occurredAt,
                               AllianceContext alliance) implements JourneyCommand {

    public RecordConversion {
        Objects.requireNonNull(journeyId, "journeyId");
        journeyId.assertIdentifies(allianceId, customerRef);
        Objects.requireNonNull(conversionId, "conversionId");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(alliance, "alliance");
    }
}
