package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.Attribution;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.alliance.TermsHistory;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.testing.RandomCases;
import org.allianceledger.core.testing.RandomInputs;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void storedSharesAddUpAndTheRefundIsTheirExactNegative() {
        AtomicInteger attributed = new AtomicInteger();

        int cases = RandomCases.run(300, random -> {
            Money revenue = random.money(1, 100_000_000_000L);
            BasisPoints commissionBps = random.basisPoints();
            AllianceContext alliance = alliance(commissionBps, random.oneOf(AttributionModel.class), random.between(1, 365));
            PartnerId receiver = random.oneOf(PARTNERS);
            List<ReferralRecorded> referrals = recorded(referrals(random));
            List<ConversionRecorded> recorded = new ArrayList<>();

            FixtureConfiguration<CustomerJourney> fixture = new AggregateTestFixture<>(CustomerJourney.class);
            fixture.given(new ArrayList<>(referrals))
                    .when(convert(receiver, revenue, CONVERSION_AT, alliance))
                    .expectResultMessagePayloadMatching(capturing(recorded));
            ConversionRecorded conversion = recorded.getFirst();

            if (conversion.weights().isEmpty()) {
                assertThat(conversion.commission().isZero()).isTrue();
                assertThat(conversion.revenueShares()).isEmpty();
                assertThat(conversion.commissionShares()).isEmpty();
            } else {
                attributed.incrementAndGet();
                assertThat(sum(conversion.revenueShares().values())).isEqualTo(revenue);
                assertThat(sum(conversion.commissionShares().values())).isEqualTo(conversion.commission());
                assertThat(conversion.commission()).isEqualTo(revenue.times(commissionBps, RoundingMode.HALF_EVEN));
                assertThat(conversion.weights()).doesNotContainKey(receiver);
            }

            List<Object> history = new ArrayList<>(referrals);
            history.add(conversion);
            fixture.given(history)
                    .when(new ReverseConversion(JOURNEY, CONVERSION, receiver, "refund", alliance))
                    .expectEvents(new ConversionReversed(JOURNEY, ALLIANCE, CONVERSION, receiver, revenue.negate(),
                            CONVERSION_INSTANT, 1, conversion.weights(), negated(conversion.revenueShares()),
                            negated(conversion.commissionShares()), conversion.commission().negate(), "refund"));
        });

        assertThat(attributed.get()).as("attributed conversions of %d", cases).isGreaterThan(cases * 20 / 100);
    }

    /** Up to eight referrals, from 400 days before to 2 days after the conversion, so some fall outside every window. */
    private static List<Referral> referrals(RandomInputs random) {
        return random.listOf(0, 8, () -> {
            PartnerId from = random.oneOf(PARTNERS);
            return new Referral(from, random.partnerOtherThan(from, PARTNERS),
                    random.hoursFrom(CONVERSION_INSTANT, -400L * 24, 48));
        });
    }

    private record Referral(PartnerId from, PartnerId to, Instant at) {
    }

    private static List<ReferralRecorded> recorded(List<Referral> referrals) {
        List<ReferralRecorded> events = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            Referral referral = referrals.get(i);
            events.add(new ReferralRecorded(JOURNEY, ALLIANCE, CUSTOMER, referralId(i + 1),
                    referral.from(), referral.to(), referral.at(), null));
        }
        return events;
    }

    private static AllianceContext alliance(BasisPoints commissionBps, AttributionModel model, int lookbackDays) {
        Map<PartnerId, BasisPoints> shares = new LinkedHashMap<>();
        shares.put(ACME, BasisPoints.of(5000));
        shares.put(GLOBEX, BasisPoints.of(3000));
        shares.put(INITECH, BasisPoints.of(2000));
        Terms terms = new Terms(JAN_1, shares, commissionBps, new Attribution(model, lookbackDays));
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
