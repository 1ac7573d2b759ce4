package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.Attribution;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.alliance.TermsHistory;
import org.allianceledger.core.alliance.TermsVersion;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.CurrencyMismatch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.core.rule.Violates.violates;

/**
 * Referrals and conversions of one customer (terms from 2027-01-01: 10% commission, LAST_TOUCH over 30 days,
 * unless a test says otherwise; the conversion at 2027-02-01T09:30Z opens its window at 2027-01-02T09:30Z).
 */
class JourneyTest {

    static final AllianceId ALLIANCE = new AllianceId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final CustomerRef CUSTOMER = CustomerRef.of("cust-8f3a");
    static final JourneyId JOURNEY = JourneyId.of(ALLIANCE, CUSTOMER);
    /** The journey does not read it: the ledger compares it with the stored alliance before deciding. */
    static final long ALLIANCE_VERSION = 3;
    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId GLOBEX = PartnerId.of("globex");
    static final PartnerId INITECH = PartnerId.of("initech");
    static final PartnerId UMBRELLA = PartnerId.of("umbrella");
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    static final String CONVERSION_AT = "2027-02-01T09:30:00Z";
    static final ConversionId CONVERSION = new ConversionId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    static final CampaignId CAMPAIGN = new CampaignId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

    private FixtureConfiguration<CustomerJourney> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CustomerJourney.class);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Terms terms(LocalDate effectiveFrom, int commissionBps, AttributionModel model) {
        Map<PartnerId, BasisPoints> shares = new LinkedHashMap<>();
        shares.put(ACME, BasisPoints.of(5000));
        shares.put(GLOBEX, BasisPoints.of(3000));
        shares.put(INITECH, BasisPoints.of(2000));
        return new Terms(effectiveFrom, shares, BasisPoints.of(commissionBps), new Attribution(model, 30));
    }

    static AllianceContext alliance(AllianceStatus status, AttributionModel model) {
        return new AllianceContext(ALLIANCE_VERSION, status, List.of(ACME, GLOBEX, INITECH), EUR,
                TermsHistory.initial(terms(JAN_1, 1000, model)));
    }

    static AllianceContext active() {
        return alliance(AllianceStatus.ACTIVE, AttributionModel.LAST_TOUCH);
    }

    static ReferralId referralId(int number) {
        return new ReferralId(new UUID(0xb, number));
    }

    static RecordReferral refer(int number, PartnerId referrer, PartnerId toPartner, String occurredAt) {
        return new RecordReferral(JOURNEY, ALLIANCE, CUSTOMER, referralId(number), referrer, toPartner,
                Instant.parse(occurredAt), null, active());
    }

    static ReferralRecorded referred(int number, PartnerId referrer, PartnerId toPartner, String occurredAt) {
        return new ReferralRecorded(JOURNEY, ALLIANCE, CUSTOMER, referralId(number), referrer, toPartner,
                Instant.parse(occurredAt), null);
    }

    static RecordConversion convert(PartnerId receiver, Money revenue, String occurredAt, AllianceContext alliance) {
        return new RecordConversion(JOURNEY, ALLIANCE, CUSTOMER, CONVERSION, receiver, revenue,
                Instant.parse(occurredAt), alliance);
    }

    static RecordConversion convert(PartnerId receiver, String revenue) {
        return convert(receiver, eur(revenue), CONVERSION_AT, active());
    }

    /** Each referrer with its weight, its share of the revenue and of the commission, in the order given. */
    record Share(PartnerId referrer, int weight, String revenue, String commission) {
    }

    static ConversionRecorded converted(PartnerId receiver, String revenue, String occurredAt, int termsVersion,
                                        String commission, Share... shares) {
        Map<PartnerId, Integer> weights = new LinkedHashMap<>();
        Map<PartnerId, Money> revenueShares = new LinkedHashMap<>();
        Map<PartnerId, Money> commissionShares = new LinkedHashMap<>();
        for (Share share : shares) {
            weights.put(share.referrer(), share.weight());
            revenueShares.put(share.referrer(), eur(share.revenue()));
            commissionShares.put(share.referrer(), eur(share.commission()));
        }
        return new ConversionRecorded(JOURNEY, ALLIANCE, CUSTOMER, CONVERSION, receiver, eur(revenue),
                Instant.parse(occurredAt), termsVersion, weights, revenueShares, commissionShares, eur(commission));
    }

    /** Around the conversion at 2027-02-01: before the window, in it, after the conversion and to someone else. */
    static Object[] referralsToGlobex() {
        return new Object[]{referred(1, INITECH, GLOBEX, "2026-12-20T10:00:00Z"),
                referred(2, ACME, GLOBEX, "2027-01-10T10:00:00Z"),
                referred(3, INITECH, GLOBEX, "2027-01-25T10:00:00Z"),
                referred(4, ACME, GLOBEX, "2027-02-05T10:00:00Z"),
                referred(5, ACME, INITECH, "2027-01-30T10:00:00Z")};
    }

    // referrals

    @Test
    void theFirstReferralStartsTheCustomersJourney() {
        fixture.givenNoPriorActivity()
                .when(refer(1, ACME, GLOBEX, "2027-01-20T10:00:00Z"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(referred(1, ACME, GLOBEX, "2027-01-20T10:00:00Z"));
    }

    @Test
    void aReferralMayNameTheCampaignItCameFrom() {
        Instant at = Instant.parse("2027-01-20T10:00:00Z");
        fixture.given(referred(1, ACME, GLOBEX, "2027-01-18T10:00:00Z"))
                .when(new RecordReferral(JOURNEY, ALLIANCE, CUSTOMER, referralId(2), INITECH, GLOBEX, at, CAMPAIGN,
                        active()))
                .expectEvents(new ReferralRecorded(JOURNEY, ALLIANCE, CUSTOMER, referralId(2), INITECH, GLOBEX, at,
                        CAMPAIGN));
    }

    @Test
    void referralsAreRecordedOnlyInAnActiveAlliance() {
        for (AllianceStatus status : List.of(AllianceStatus.PROPOSED, AllianceStatus.SUSPENDED,
                AllianceStatus.DISSOLVED, AllianceStatus.DECLINED)) {
            fixture.givenNoPriorActivity()
                    .when(new RecordReferral(JOURNEY, ALLIANCE, CUSTOMER, referralId(1), ACME, GLOBEX,
                            Instant.parse("2027-01-20T10:00:00Z"), null, alliance(status, AttributionModel.LAST_TOUCH)))
                    .expectNoEvents()
                    .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
        }
    }

    @Test
    void theReferrerMustBeAPartnerOfTheAlliance() {
        fixture.givenNoPriorActivity()
                .when(refer(1, UMBRELLA, GLOBEX, "2027-01-20T10:00:00Z"))
                .expectNoEvents()
                .expectException(violates(Rule.NOT_A_PARTNER_OF_ALLIANCE))
                .expectExceptionMessage("partner umbrella is not a partner of this alliance");
    }

    @Test
    void aCustomerCanOnlyBeReferredToAPartnerOfTheAlliance() {
        fixture.givenNoPriorActivity()
                .when(refer(1, ACME, UMBRELLA, "2027-01-20T10:00:00Z"))
                .expectNoEvents()
                .expectException(violates(Rule.NOT_A_PARTNER_OF_ALLIANCE))
                .expectExceptionMessage("a customer can only be referred to a partner of this alliance; umbrella is not one");
    }

    @Test
    void aPartnerCannotReferACustomerToItself() {
        fixture.givenNoPriorActivity()
                .when(refer(1, ACME, ACME, "2027-01-20T10:00:00Z"))
                .expectNoEvents()
                .expectException(violates(Rule.REFERRAL_TO_SELF));
    }

    @Test
    void aReferralIdIsUsedOncePerJourney() {
        fixture.given(referred(1, ACME, GLOBEX, "2027-01-20T10:00:00Z"))
                .when(refer(1, INITECH, GLOBEX, "2027-01-21T10:00:00Z"))
                .expectNoEvents()
                .expectException(violates(Rule.REFERRAL_ID_TAKEN));
    }

    // conversions

    @Test
    void aConversionWithoutAnyReferralStartsTheJourneyUnattributed() {
        fixture.givenNoPriorActivity()
                .when(convert(GLOBEX, "500.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(converted(GLOBEX, "500.00", CONVERSION_AT, 1, "0.00"));
    }

    @Test
    void aConversionWithNoQualifyingReferralIsRecordedUnattributed() {
        fixture.given(referred(1, INITECH, GLOBEX, "2026-12-20T10:00:00Z"),
                        referred(2, ACME, GLOBEX, "2027-02-01T09:30:01Z"),
                        referred(3, ACME, INITECH, "2027-01-30T10:00:00Z"))
                .when(convert(GLOBEX, "500.00"))
                .expectEvents(converted(GLOBEX, "500.00", CONVERSION_AT, 1, "0.00"));
    }

    @Test
    void lastTouchGivesTheCommissionToTheLatestReferralInsideTheWindow() {
        fixture.given(referralsToGlobex())
                .when(convert(GLOBEX, "1234.50"))
                .expectEvents(converted(GLOBEX, "1234.50", CONVERSION_AT, 1, "123.45",
                        new Share(INITECH, 1, "1234.50", "123.45")));
    }

    @Test
    void firstTouchGivesTheCommissionToTheEarliestReferralInsideTheWindow() {
        fixture.given(referralsToGlobex())
                .when(convert(GLOBEX, eur("1234.50"), CONVERSION_AT,
                        alliance(AllianceStatus.ACTIVE, AttributionModel.FIRST_TOUCH)))
                .expectEvents(converted(GLOBEX, "1234.50", CONVERSION_AT, 1, "123.45",
                        new Share(ACME, 1, "1234.50", "123.45")));
    }

    @Test
    void referralsAtTheSameInstantGoToTheOneRecordedFirst() {
        fixture.given(referred(1, INITECH, GLOBEX, "2027-01-20T10:00:00Z"),
                        referred(2, ACME, GLOBEX, "2027-01-20T10:00:00Z"))
                .when(convert(GLOBEX, "100.00"))
                .expectEvents(converted(GLOBEX, "100.00", CONVERSION_AT, 1, "10.00",
                        new Share(INITECH, 1, "100.00", "10.00")));
    }

    @Test
    void linearSplitsByReferralsSoTwoReferralsFromOnePartnerCountTwice() {
        fixture.given(referred(1, ACME, INITECH, "2027-01-10T10:00:00Z"),
                        referred(2, GLOBEX, INITECH, "2027-01-15T10:00:00Z"),
                        referred(3, ACME, INITECH, "2027-01-20T10:00:00Z"))
                .when(convert(INITECH, eur("100.00"), CONVERSION_AT,
                        alliance(AllianceStatus.ACTIVE, AttributionModel.LINEAR)))
                .expectEvents(converted(INITECH, "100.00", CONVERSION_AT, 1, "10.00",
                        new Share(ACME, 2, "66.67", "6.67"), new Share(GLOBEX, 1, "33.33", "3.33")));
    }

    @Test
    void anEvenCentOfCommissionGoesToTheReferrerListedFirstInTheAlliance() {
        // globex referred first, but the tie on the odd cent is broken by partner order: acme comes first
        fixture.given(referred(1, GLOBEX, INITECH, "2027-01-10T10:00:00Z"),
                        referred(2, ACME, INITECH, "2027-01-15T10:00:00Z"))
                .when(convert(INITECH, eur("0.11"), CONVERSION_AT,
                        alliance(AllianceStatus.ACTIVE, AttributionModel.LINEAR)))
                .expectEvents(converted(INITECH, "0.11", CONVERSION_AT, 1, "0.01",
                        new Share(ACME, 1, "0.06", "0.01"), new Share(GLOBEX, 1, "0.05", "0.00")));
    }

    @Test
    void aReferralExactlyLookbackDaysBeforeTheConversionQualifies() {
        fixture.given(referred(1, ACME, GLOBEX, "2027-01-02T09:30:00Z"))
                .when(convert(GLOBEX, "100.00"))
                .expectEvents(converted(GLOBEX, "100.00", CONVERSION_AT, 1, "10.00",
                        new Share(ACME, 1, "100.00", "10.00")));
    }

    @Test
    void aReferralOneSecondBeforeTheWindowDoesNotQualify() {
        fixture.given(referred(1, ACME, GLOBEX, "2027-01-02T09:29:59Z"))
                .when(convert(GLOBEX, "100.00"))
                .expectEvents(converted(GLOBEX, "100.00", CONVERSION_AT, 1, "0.00"));
    }

    @Test
    void theCommissionIsRoundedHalfEvenToTheCent() {
        fixture.given(referred(1, ACME, GLOBEX, "2027-01-20T10:00:00Z"))
                .when(convert(GLOBEX, "0.25"))
                .expectEvents(converted(GLOBEX, "0.25", CONVERSION_AT, 1, "0.02", new Share(ACME, 1, "0.25", "0.02")));
    }

    @Test
    void anAmendedRateAppliesOnlyToConversionsOnOrAfterItsEffectiveDate() {
        TermsHistory amended = TermsHistory.initial(terms(JAN_1, 1000, AttributionModel.LAST_TOUCH))
                .with(new TermsVersion(2, terms(LocalDate.of(2027, 4, 1), 1500, AttributionModel.LAST_TOUCH)));
        AllianceContext alliance = new AllianceContext(ALLIANCE_VERSION, AllianceStatus.ACTIVE, List.of(ACME, GLOBEX, INITECH), EUR,
                amended);
        ReferralRecorded referral = referred(1, ACME, GLOBEX, "2027-03-20T12:00:00Z");

        fixture.given(referral)
                .when(convert(GLOBEX, eur("200.00"), "2027-03-31T23:59:59Z", alliance))
                .expectEvents(converted(GLOBEX, "200.00", "2027-03-31T23:59:59Z", 1, "20.00",
                        new Share(ACME, 1, "200.00", "20.00")));
        fixture.given(referral)
                .when(convert(GLOBEX, eur("200.00"), "2027-04-01T00:00:00Z", alliance))
                .expectEvents(converted(GLOBEX, "200.00", "2027-04-01T00:00:00Z", 2, "30.00",
                        new Share(ACME, 1, "200.00", "30.00")));
    }

    @Test
    void conversionsAreRecordedOnlyInAnActiveAlliance() {
        fixture.givenNoPriorActivity()
                .when(convert(GLOBEX, eur("100.00"), CONVERSION_AT,
                        alliance(AllianceStatus.SUSPENDED, AttributionModel.LAST_TOUCH)))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
    }

    @Test
    void theReceiverMustBeAPartnerOfTheAlliance() {
        fixture.givenNoPriorActivity()
                .when(convert(UMBRELLA, "100.00"))
                .expectNoEvents()
                .expectException(violates(Rule.NOT_A_PARTNER_OF_ALLIANCE));
    }

    @Test
    void revenueMustBePositive() {
        for (String revenue : List.of("0.00", "-5.00")) {
            fixture.givenNoPriorActivity()
                    .when(convert(GLOBEX, revenue))
                    .expectNoEvents()
                    .expectException(violates(Rule.AMOUNT_MUST_BE_POSITIVE));
        }
    }

    @Test
    void revenueMustBeInTheAllianceCurrency() {
        fixture.givenNoPriorActivity()
                .when(convert(GLOBEX, Money.of("100.00", "USD"), CONVERSION_AT, active()))
                .expectNoEvents()
                .expectException(CurrencyMismatch.class);
    }

    @Test
    void aConversionIdIsUsedOncePerJourney() {
        fixture.given(converted(GLOBEX, "500.00", CONVERSION_AT, 1, "0.00"))
                .when(convert(GLOBEX, "500.00"))
                .expectNoEvents()
                .expectException(violates(Rule.CONVERSION_ID_TAKEN));
    }

    @Test
    void aConversionBeforeTheFirstTermsTakeEffectIsRejected() {
        fixture.givenNoPriorActivity()
                .when(convert(GLOBEX, eur("100.00"), "2026-12-31T23:59:59Z", active()))
                .expectNoEvents()
                .expectException(violates(Rule.NO_TERMS_IN_FORCE));
    }

    @Test
    void theConversionDateIsTheUtcDate() {
        // just after midnight in Berlin on 2027-01-01 is still 2026-12-31 in UTC, before the terms
        Instant newYearInBerlin = OffsetDateTime.parse("2027-01-01T00:30:00+01:00").toInstant();
        fixture.givenNoPriorActivity()
                .when(convert(GLOBEX, eur("100.00"), newYearInBerlin.toString(), active()))
                .expectNoEvents()
                .expectException(violates(Rule.NO_TERMS_IN_FORCE));
    }
}
