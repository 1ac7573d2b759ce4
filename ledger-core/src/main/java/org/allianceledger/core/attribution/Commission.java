package org.allianceledger.core.attribution;

import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The commission a conversion earns and how it and the revenue are split over the referrers.
 * Commission = revenue x rate / 10000, rounded {@link #ROUNDING} to the currency; the revenue and the
 * commission are each split by the attribution weights with the {@link Allocation} rule, so the shares
 * add up exactly. A refund (negative revenue) gives the exact negative of the original.
 *
 * @param revenueByReferrer    each referrer's share of the revenue, in the order of the weights
 * @param commissionByReferrer each referrer's share of the commission, in the order of the weights
 */
public record Commission(Money revenue,
                         BasisPoints rate,
                         Money amount,
                         Map<PartnerId, Money> revenueByReferrer,
                         Map<PartnerId, Money> commissionByReferrer) {

    /** As the terms say: banker's rounding, so over many conversions neither side gains from rounding. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Commission {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(revenueByReferrer, "revenueByReferrer");
        Objects.requireNonNull(commissionByReferrer, "commissionByReferrer");
        revenue.assertSameCurrency(amount);
        revenueByReferrer = Collections.unmodifiableMap(new LinkedHashMap<>(revenueByReferrer));
        commissionByReferrer = Collections.unmodifiableMap(new LinkedHashMap<>(commissionByReferrer));
        if (!revenueByReferrer.keySet().equals(commissionByReferrer.keySet())) {
            throw new IllegalArgumentException("revenue and commission must be split over the same referrers");
        }
        if (revenueByReferrer.isEmpty() ? !amount.isZero()
                : !Money.sum(revenue.currency(), revenueByReferrer.values()).equals(revenue)
                || !Money.sum(amount.currency(), commissionByReferrer.values()).equals(amount)) {
            throw new IllegalArgumentException("the referrers' shares must add up to the revenue and the commission");
        }
    }

    /** Commission on a conversion, split by the attribution's weights; none when the conversion is unattributed. */
    public static Commission on(Money revenue, BasisPoints rate, AttributionOutcome attribution) {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(attribution, "attribution");
        if (attribution.isUnattributed()) {
            return new Commission(revenue, rate, Money.zero(revenue.currency()), Map.of(), Map.of());
        }
        Money amount = revenue.times(rate, ROUNDING);
        return new Commission(revenue, rate, amount,
                Allocation.split(revenue, attribution.weights()),
                Allocation.split(amount, attribution.weights()));
    }

    public boolean isUnattributed() {
        return commissionByReferrer.isEmpty();
    }
}
