package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.core.journey.JourneyTest.ACME;
import static org.allianceledger.core.journey.JourneyTest.ALLIANCE;
import static org.allianceledger.core.journey.JourneyTest.CONVERSION;
import static org.allianceledger.core.journey.JourneyTest.CONVERSION_AT;
import static org.allianceledger.core.journey.JourneyTest.GLOBEX;
import static org.allianceledger.core.journey.JourneyTest.INITECH;
import static org.allianceledger.core.journey.JourneyTest.JOURNEY;
import static org.allianceledger.core.journey.JourneyTest.UMBRELLA;
import static org.allianceledger.core.journey.JourneyTest.active;
import static org.allianceledger.core.journey.JourneyTest.alliance;
import static org.allianceledger.core.journey.JourneyTest.converted;
import static org.allianceledger.core.journey.JourneyTest.eur;
import static org.allianceledger.core.journey.JourneyTest.referred;
import static org.allianceledger.core.rule.Violates.violates;

/** Refunds (ReverseConversion) of a LINEAR conversion by initech: 100.00 EUR, acme 2 referrals, globex 1. */
class JourneyRefundTest {

    private FixtureConfiguration<CustomerJourney> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CustomerJourney.class);
    }

    static Object[] linearConversion() {
        return new Object[]{referred(1, ACME, INITECH, "2027-01-10T10:00:00Z"),
                referred(2, GLOBEX, INITECH, "2027-01-15T10:00:00Z"),
                referred(3, ACME, INITECH, "2027-01-20T10:00:00Z"),
                converted(INITECH, "100.00", CONVERSION_AT, 1, "10.00",
                        new JourneyTest.Share(ACME, 2, "66.67", "6.67"), new JourneyTest.Share(GLOBEX, 1, "33.33", "3.33"))};
    }

    static ReverseConversion refund(PartnerId partner, AllianceContext alliance) {
        return new ReverseConversion(JOURNEY, CONVERSION, partner, "goods returned", alliance);
    }

    static Map<PartnerId, Money> shares(String acme, String globex) {
        Map<PartnerId, Money> shares = new LinkedHashMap<>();
        shares.put(ACME, eur(acme));
        shares.put(GLOBEX, eur(globex));
        return shares;
    }

    static ConversionReversed refunded() {
        Map<PartnerId, Integer> weights = new LinkedHashMap<>();
        weights.put(ACME, 2);
        weights.put(GLOBEX, 1);
        return new ConversionReversed(JOURNEY, ALLIANCE, CONVERSION, INITECH, eur("-100.00"),
                Instant.parse(CONVERSION_AT), 1, weights, shares("-66.67", "-33.33"), shares("-6.67", "-3.33"),
                eur("-10.00"), "goods returned");
    }

    @Test
    void aRefundPostsTheExactNegativeOfTheOriginalSharesDatedAtTheConversion() {
        fixture.given(linearConversion())
                .when(refund(INITECH, active()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(refunded());
    }

    @Test
    void anUnattributedConversionIsRefundedWithoutCommission() {
        fixture.given(converted(GLOBEX, "500.00", CONVERSION_AT, 1, "0.00"))
                .when(refund(GLOBEX, active()))
                .expectEvents(new ConversionReversed(JOURNEY, ALLIANCE, CONVERSION, GLOBEX, eur("-500.00"),
                        Instant.parse(CONVERSION_AT), 1, Map.of(), Map.of(), Map.of(), eur("0.00"), "goods returned"));
    }

    @Test
    void aRefundStaysPossibleWhileTheAllianceIsSuspendedOrDissolved() {
        for (AllianceStatus status : List.of(AllianceStatus.SUSPENDED, AllianceStatus.DISSOLVED)) {
            fixture.given(linearConversion())
                    .when(refund(INITECH, alliance(status, AttributionModel.LINEAR)))
                    .expectEvents(refunded());
        }
    }

    @Test
    void aRefundNeedsAnAgreedAlliance() {
        fixture.given(linearConversion())
                .when(refund(INITECH, alliance(AllianceStatus.PROPOSED, AttributionModel.LINEAR)))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_STARTED));
    }

    @Test
    void onlyAPartnerOfTheAllianceMayRefund() {
        fixture.given(linearConversion())
                .when(refund(UMBRELLA, active()))
                .expectNoEvents()
                .expectException(violates(Rule.NOT_A_PARTNER_OF_ALLIANCE));
    }

    @Test
    void onlyTheReceiverMayRefundItsConversion() {
        fixture.given(linearConversion())
                .when(refund(ACME, active()))
                .expectNoEvents()
                .expectException(violates(Rule.ONLY_RECEIVER_MAY_REFUND))
                .expectExceptionMessage("only initech, which earned the revenue of conversion " + CONVERSION
                        + ", may refund it");
    }

    @Test
    void anUnknownConversionCannotBeRefunded() {
        ConversionId unknown = new ConversionId(UUID.fromString("00000000-0000-0000-0000-0000000000f9"));
        fixture.given(linearConversion())
                .when(new ReverseConversion(JOURNEY, unknown, INITECH, "typo", active()))
                .expectNoEvents()
                .expectException(violates(Rule.NO_SUCH_CONVERSION));
    }

    @Test
    void aConversionIsRefundedOnce() {
        fixture.given(linearConversion()).andGiven(refunded())
                .when(refund(INITECH, active()))
                .expectNoEvents()
                .expectException(violates(Rule.CONVERSION_ALREADY_REVERSED));
    }

    @Test
    void aRefundNeedsAnExistingJourney() {
        fixture.givenNoPriorActivity()
                .when(refund(INITECH, active()))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }
}
