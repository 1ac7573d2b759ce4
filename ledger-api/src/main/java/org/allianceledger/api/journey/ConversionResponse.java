package org.allianceledger.api.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.journey.ConversionId;
import org.allianceledger.core.journey.ConversionRecorded;
import org.allianceledger.core.journey.ConversionReversed;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A conversion (or its refund) as booked: the terms version used, and each referrer's weight, share of the
 * revenue and commission. No referrers: the sale was unattributed and owes no commission.
 */
public record ConversionResponse(AllianceId allianceId,
                                 ConversionId conversionId,
                                 PartnerId receiver,
                                 Money revenue,
                                 Instant occurredAt,
                                 int termsVersion,
                                 Money commission,
                                 List<Referrer> referrers,
                                 boolean refund) {

    public record Referrer(PartnerId partnerId, int weight, Money revenue, Money commission) {
    }

    static ConversionResponse of(ConversionRecorded conversion) {
        return new ConversionResponse(conversion.allianceId(), conversion.conversionId(), conversion.receiver(),
                conversion.revenue(), conversion.occurredAt(), conversion.termsVersion(), conversion.commission(),
                referrers(conversion.weights(), conversion.revenueShares(), conversion.commissionShares()), false);
    }

    static ConversionResponse of(ConversionReversed refund) {
        return new ConversionResponse(refund.allianceId(), refund.conversionId(), refund.receiver(), refund.revenue(),
                refund.occurredAt(), refund.termsVersion(), refund.commission(),
                referrers(refund.weights(), refund.revenueShares(), refund.commissionShares()), true);
    }

    private static List<Referrer> referrers(Map<PartnerId, Integer> weights, Map<PartnerId, Money> revenue,
                                            Map<PartnerId, Money> commission) {
        return weights.entrySet().stream()
                .map(e -> new Referrer(e.getKey(), e.getValue(), revenue.get(e.getKey()), commission.get(e.getKey())))
                .toList();
    }
}
