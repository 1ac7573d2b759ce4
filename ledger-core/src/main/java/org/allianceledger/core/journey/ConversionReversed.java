package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A conversion was refunded: the exact negative of its revenue, shares and commission, with the original weights
 * and terms version, effective at the original occurredAt, so an as-of query dates the refund at the conversion
 * and {@code knownAt} still shows what was believed before the refund was known.
 */
@Revision("1")
public record ConversionReversed(JourneyId journeyId,
                                 AllianceId allianceId,
                                 ConversionId conversionId,
                                 PartnerId receiver,
                                 Money revenue,
                                 Instant occurredAt,
                                 int termsVersion,
                                 Map<PartnerId, Integer> weights,
                                 Map<PartnerId, Money> revenueShares,
                                 Map<PartnerId, Money> commissionShares,
                                 Money commission,
                                 String reason) implements JourneyEvent {
}
