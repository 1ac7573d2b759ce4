package org.allianceledger.core.journey;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.Attribution;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.alliance.TermsHistory;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.core.journey.JourneyTest.ACME;
import static org.allianceledger.core.journey.JourneyTest.ALLIANCE;
import static org.allianceledger.core.journey.JourneyTest.ALLIANCE_VERSION;
import static org.allianceledger.core.journey.JourneyTest.CONVERSION;
import static org.allianceledger.core.journey.JourneyTest.CONVERSION_AT;
import static org.allianceledger.core.journey.JourneyTest.CUSTOMER;
import static org.allianceledger.core.journey.JourneyTest.EUR;
import static org.allianceledger.core.journey.JourneyTest.GLOBEX;
import static org.allianceledger.core.journey.JourneyTest.INITECH;
import static org.allianceledger.core.journey.JourneyTest.JAN_1;
import static org.allianceledger.core.journey.JourneyTest.JOURNEY;
import static org.allianceledger.core.journey.JourneyTest.convert;
import static org.allianceledger.core.journey.JourneyTest.referralId;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the referrals and terms, a conversion's stored shares add up and its refund cancels them exactly. */
class JourneyProperties {

    private static final List<PartnerId> PARTNERS = List.of(ACME, GLOBEX, INITECH);
    private static final Instant CONVERSION_INSTANT = Instant.parse(CONVERSION_AT);

    @Property(tries = 300)
    void storedSharesAddUpAndTheRefundIsTheirExactNegative(
            @ForAll @LongRange(min = 1, max = 100_000_000_000L) long revenueCents,
            @ForAll @IntRange(min = 0, max = BasisPoints.WHOLE) int commissionBps,
            @ForAll AttributionModel model,
            @ForAll @IntRange(min = 1, max = 365) int lookbackDays,
            @ForAll @IntRange(min = 0, max = 2) int receiverIndex,
            @ForAll("referrals") List<ReferralRecorded> referrals) {
        PartnerId receiver = PARTNERS.get(receiverIndex);
        AllianceContext alliance = alliance(commissionBps, model, lookbackDays);
        Money revenue = Money.ofMinor(revenueCents, EUR);
        List<ConversionRecorded> recorded = new ArrayList<>();

        FixtureConfiguration<CustomerJourney> fixture = new AggregateTestFixture<>(CustomerJourney.class);
        fixture.given(new ArrayList<>(referrals))
                .when(convert(receiver, revenue, CONVERSION_AT, alliance))
                .expectResultMessagePayloadMatching(capturing(recorded));
        ConversionRecorded conversion = recorded.getFirst();
        Statistics.label("attributed").collect(!conversion.weights().isEmpty());
        Statistics.label("attributed").coverage(coverage -> coverage.check(true).percentage(p -> p > 20));

        if (conversion.weights().isEmpty()) {
            assertThat(conversion.commission().isZero()).isTrue();
            assertThat(conversion.revenueShares()).isEmpty();
            assertThat(conversion.commissionShares()).isEmpty();
        } else {
            assertThat(sum(conversion.revenueShares().values())).isEqualTo(revenue);
            assertThat(sum(conversion.commissionShares().values())).isEqualTo(conversion.commission());
            assertThat(conversion.commission()).isEqualTo(revenue.times(BasisPoints.of(commissionBps),
                    RoundingMode.HALF_EVEN));
            assertThat(conversion.weights()).doesNotContainKey(receiver);
        }

        List<Object> history = new ArrayList<>(referrals);
        history.add(conversion);
        fixture.given(history)
                .when(new ReverseConversion(JOURNEY, CONVERSION, receiver, "refund", alliance))
                .expectEvents(new ConversionReversed(JOURNEY, ALLIANCE, CONVERSION, receiver, revenue.negate(),
                        CONVERSION_INSTANT, 1, conversion.weights(), negated(conversion.revenueShares()),
                        negated(conversion.commissionShares()), conversion.commission().negate(), "refund"));
    }

    @Provide
    Arbitrary<List<ReferralRecorded>> referrals() {
        Arbitrary<Integer> partner = Arbitraries.integers().between(0, 2);
        // from 400 days before to 2 days after the conversion, so some fall outside every window
        Arbitrary<Instant> when = Arbitraries.longs().between(-400L * 24, 48)
                .map(hours -> CONVERSION_INSTANT.plus(Duration.ofHours(hours)));
        return Combinators.combine(partner, partner, when).as(Referral::new)
                .filter(referral -> referral.from() != referral.to())
                .list().ofMaxSize(8).map(JourneyProperties::recorded);
    }

    private record Referral(int from, int to, Instant at) {
    }

    private static List<ReferralRecorded> recorded(List<Referral> referrals) {
        List<ReferralRecorded> events = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            Referral referral = referrals.get(i);
            events.add(new ReferralRecorded(JOURNEY, ALLIANCE, CUSTOMER, referralId(i + 1),
                    PARTNERS.get(referral.from()), PARTNERS.get(referral.to()), referral.at(), null));
        }
        return events;
    }

    private static AllianceContext alliance(int commissionBps, AttributionModel model, int lookbackDays) {
        Map<PartnerId, BasisPoints> shares = new LinkedHashMap<>();
        shares.put(ACME, BasisPoints.of(5000));
        shares.put(GLOBEX, BasisPoints.of(3000));
        shares.put(INITECH, BasisPoints.of(2000));
        Terms terms = new Terms(JAN_1, shares, BasisPoints.of(commissionBps), new Attribution(model, lookbackDays));
        return new AllianceContext(ALLIANCE_VERSION, AllianceStatus.ACTIVE, PARTNERS, EUR, TermsHistory.initial(terms));
    }

    private static CustomTypeSafeMatcher<ConversionRecorded> capturing(List<ConversionRecorded> into) {
        return new CustomTypeSafeMatcher<>("the recorded conversion") {
            @Override
            protected boolean matchesSafely(ConversionRecorded conversion) {
                into.add(conversion);
                return true;
            }
        };
    }

    private static Map<PartnerId, Money> negated(Map<PartnerId, Money> shares) {
        Map<PartnerId, Money> negated = new LinkedHashMap<>();
        shares.forEach((partner, share) -> negated.put(partner, share.negate()));
        return negated;
    }

    private static Money sum(Collection<Money> shares) {
        return shares.stream().reduce(Money.zero(EUR), Money::plus);
    }
}
