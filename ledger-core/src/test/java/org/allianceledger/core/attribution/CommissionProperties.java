package org.allianceledger.core.attribution;

import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.testing.RandomCases;
import org.allianceledger.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CommissionProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant CONVERSION = Instant.parse("2027-06-01T12:00:00Z");
    private static final PartnerId RECEIVER = PartnerId.of("p0");
    private static final List<PartnerId> PARTNERS =
            List.of(RECEIVER, PartnerId.of("p1"), PartnerId.of("p2"), PartnerId.of("p3"));

    @Test
    void attributedSharesAddUpToTheRevenueAndTheCommission() {
        AtomicInteger attributed = new AtomicInteger();

        int cases = RandomCases.run(random -> {
            long revenueCents = random.between(-100_000_000_000L, 100_000_000_000L);
            BasisPoints rate = random.basisPoints();
            AttributionModel model = random.oneOf(AttributionModel.class);
            int lookbackDays = random.between(1, 365);
            Money revenue = Money.ofMinor(revenueCents, EUR);
            AttributionOutcome attribution = ReferralAttribution.attribute(RECEIVER, CONVERSION, lookbackDays, model,
                    referrals(random));

            Commission commission = Commission.on(revenue, rate, attribution);

            if (attribution.isUnattributed()) {
                assertThat(commission.amount().isZero()).isTrue();
                assertThat(commission.commissionByReferrer()).isEmpty();
                return;
            }
            attributed.incrementAndGet();
            assertThat(sum(commission.revenueByReferrer().values())).isEqualTo(revenue);
            assertThat(sum(commission.commissionByReferrer().values())).isEqualTo(commission.amount());
            assertThat(commission.commissionByReferrer().keySet()).containsExactlyElementsOf(attribution.weights().keySet());
            BigDecimal exact = BigDecimal.valueOf(revenueCents).multiply(BigDecimal.valueOf(rate.value()))
                    .divide(BigDecimal.valueOf(BasisPoints.WHOLE));
            assertThat(BigDecimal.valueOf(commission.amount().minorUnits()).subtract(exact).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.5"));
        });

        assertThat(attributed.get()).as("attributed conversions of %d", cases).isGreaterThan(cases * 35 / 100);
    }

    @Test
    void everyCreditedReferralQualifiesAndWeighsOne() {
        RandomCases.run(random -> {
            AttributionModel model = random.oneOf(AttributionModel.class);
            int lookbackDays = random.between(1, 365);
            List<Touch> touches = referrals(random);

            AttributionOutcome attribution = ReferralAttribution.attribute(RECEIVER, CONVERSION, lookbackDays, model, touches);

            Instant windowStart = CONVERSION.minus(Duration.ofDays(lookbackDays));
            assertThat(attribution.qualifying()).allSatisfy(touch -> {
                assertThat(touch.toPartner()).isEqualTo(RECEIVER);
                assertThat(touch.referrer()).isNotEqualTo(RECEIVER);
                assertThat(touch.occurredAt()).isBetween(windowStart, CONVERSION);
            });
            assertThat(attribution.qualifying()).containsAll(attribution.credited());
            assertThat(attribution.weights().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(model == AttributionModel.LINEAR ? attribution.qualifying().size()
                            : Math.min(1, attribution.qualifying().size()));
            assertThat(ReferralAttribution.attribute(RECEIVER, CONVERSION, lookbackDays, model, touches)).isEqualTo(attribution);
        });
    }

    @Test
    void aRefundIsTheExactNegativeOfTheConversion() {
        RandomCases.run(random -> {
            long revenueCents = random.between(0, 100_000_000_000L);
            BasisPoints rate = random.basisPoints();
            AttributionModel model = random.oneOf(AttributionModel.class);
            AttributionOutcome attribution = ReferralAttribution.attribute(RECEIVER, CONVERSION, 30, model, referrals(random));

            Commission original = Commission.on(Money.ofMinor(revenueCents, EUR), rate, attribution);
            Commission refund = Commission.on(Money.ofMinor(-revenueCents, EUR), rate, attribution);

            assertThat(refund.amount()).isEqualTo(original.amount().negate());
            assertThat(refund.commissionByReferrer().keySet()).containsExactlyElementsOf(original.commissionByReferrer().keySet());
            original.commissionByReferrer().forEach((referrer, share) ->
                    assertThat(refund.commissionByReferrer().get(referrer)).isEqualTo(share.negate()));
            original.revenueByReferrer().forEach((referrer, share) ->
                    assertThat(refund.revenueByReferrer().get(referrer)).isEqualTo(share.negate()));
        });
    }

    /** Up to ten referrals between four partners. */
    private static List<Touch> referrals(RandomInputs random) {
        return random.listOf(0, 10, () -> new Touch(new UUID(0, random.anyLong()), random.oneOf(PARTNERS),
                // mostly to the receiving partner, so that many conversions are attributed
                random.oneIn(4) ? random.oneOf(PARTNERS) : RECEIVER,
                // from 400 days before to 2 days after the conversion, mostly within the last 60 days
                random.oneIn(4) ? random.hoursFrom(CONVERSION, -400L * 24, 48) : random.hoursFrom(CONVERSION, -60L * 24, 0)));
    }

    private static Money sum(Collection<Money> shares) {
        return shares.stream().reduce(Money.zero(EUR), Money::plus);
    }
}
