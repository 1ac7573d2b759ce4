package org.allianceledger.core.attribution;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommissionProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant CONVERSION = Instant.parse("2027-06-01T12:00:00Z");
    private static final PartnerId RECEIVER = PartnerId.of("p0");

    @Property
    void attributedSharesAddUpToTheRevenueAndTheCommission(
            @ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long revenueCents,
            @ForAll @IntRange(min = 0, max = BasisPoints.WHOLE) int rate,
            @ForAll AttributionModel model,
            @ForAll @IntRange(min = 1, max = 365) int lookbackDays,
            @ForAll("referrals") List<Touch> touches) {
        Money revenue = Money.ofMinor(revenueCents, EUR);
        AttributionOutcome attribution = ReferralAttribution.attribute(RECEIVER, CONVERSION, lookbackDays, model, touches);

        Commission commission = Commission.on(revenue, BasisPoints.of(rate), attribution);

        Statistics.label("attributed").collect(!attribution.isUnattributed());
        Statistics.label("attributed").coverage(coverage -> coverage.check(true).percentage(p -> p > 35));
        if (attribution.isUnattributed()) {
            assertThat(commission.amount().isZero()).isTrue();
            assertThat(commission.commissionByReferrer()).isEmpty();
            return;
        }
        assertThat(sum(commission.revenueByReferrer().values())).isEqualTo(revenue);
        assertThat(sum(commission.commissionByReferrer().values())).isEqualTo(commission.amount());
        assertThat(commission.commissionByReferrer().keySet()).containsExactlyElementsOf(attribution.weights().keySet());
        BigDecimal exact = BigDecimal.valueOf(revenueCents).multiply(BigDecimal.valueOf(rate))
                .divide(BigDecimal.valueOf(BasisPoints.WHOLE));
        assertThat(BigDecimal.valueOf(commission.amount().minorUnits()).subtract(exact).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Property
    void everyCreditedReferralQualifiesAndWeighsOne(@ForAll AttributionModel model,
                                                    @ForAll @IntRange(min = 1, max = 365) int lookbackDays,
                                                    @ForAll("referrals") List<Touch> touches) {
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
    }

    @Property
    void aRefundIsTheExactNegativeOfTheConversion(
            @ForAll @LongRange(min = 0, max = 100_000_000_000L) long revenueCents,
            @ForAll @IntRange(min = 0, max = BasisPoints.WHOLE) int rate,
            @ForAll AttributionModel model,
            @ForAll("referrals") List<Touch> touches) {
        AttributionOutcome attribution = ReferralAttribution.attribute(RECEIVER, CONVERSION, 30, model, touches);

        Commission original = Commission.on(Money.ofMinor(revenueCents, EUR), BasisPoints.of(rate), attribution);
        Commission refund = Commission.on(Money.ofMinor(-revenueCents, EUR), BasisPoints.of(rate), attribution);

        assertThat(refund.amount()).isEqualTo(original.amount().negate());
        assertThat(refund.commissionByReferrer().keySet()).containsExactlyElementsOf(original.commissionByReferrer().keySet());
        original.commissionByReferrer().forEach((referrer, share) ->
                assertThat(refund.commissionByReferrer().get(referrer)).isEqualTo(share.negate()));
        original.revenueByReferrer().forEach((referrer, share) ->
                assertThat(refund.revenueByReferrer().get(referrer)).isEqualTo(share.negate()));
    }

    @Provide
    Arbitrary<List<Touch>> referrals() {
        Arbitrary<PartnerId> partners = Arbitraries.integers().between(0, 3).map(i -> PartnerId.of("p" + i));
        // mostly to the receiving partner, so that many conversions are attributed
        Arbitrary<PartnerId> toPartners = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(RECEIVER)), Tuple.of(1, partners));
        // from 400 days before to 2 days after the conversion, mostly within the last 60 days
        Arbitrary<Instant> when = Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs().between(-60L * 24, 0)),
                        Tuple.of(1, Arbitraries.longs().between(-400L * 24, 48)))
                .map(hours -> CONVERSION.plus(Duration.ofHours(hours)));
        Arbitrary<Touch> touch = Combinators.combine(Arbitraries.longs(), partners, toPartners, when)
                .as((id, referrer, to, at) -> new Touch(new UUID(0, id), referrer, to, at));
        return touch.list().ofMaxSize(10);
    }

    private static Money sum(Collection<Money> shares) {
        return shares.stream().reduce(Money.zero(EUR), Money::plus);
    }
}
