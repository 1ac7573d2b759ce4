package org.allianceledger.core.alliance;

import org.allianceledger.core.money.CurrencyMismatch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.core.alliance.AllianceLifecycleTest.AMENDMENT;
import static org.allianceledger.core.alliance.AllianceLifecycleTest.active;
import static org.allianceledger.core.alliance.AllianceTest.ACME;
import static org.allianceledger.core.alliance.AllianceTest.ALLIANCE;
import static org.allianceledger.core.alliance.AllianceTest.GLOBEX;
import static org.allianceledger.core.alliance.AllianceTest.INITECH;
import static org.allianceledger.core.alliance.AllianceTest.proposed;
import static org.allianceledger.core.alliance.AllianceTest.terms;
import static org.allianceledger.core.rule.Violates.violates;

/** Campaigns, budgets, spend and its reversal, and settlement payments (terms: 50/30/20 from 2027-01-01). */
class CampaignTest {

    static final CampaignId CAMPAIGN = new CampaignId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final SpendId SPEND = new SpendId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final PaymentId PAYMENT = new PaymentId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static CampaignLaunched launched() {
        return new CampaignLaunched(ALLIANCE, CAMPAIGN, ACME, "Q1 webinars", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31));
    }

    static Object[] funded() {
        return new Object[]{launched(),
                new BudgetCommitted(ALLIANCE, CAMPAIGN, ACME, eur("5000.00")),
                new BudgetCommitted(ALLIANCE, CAMPAIGN, GLOBEX, eur("3000.00")),
                new BudgetCommitted(ALLIANCE, CAMPAIGN, INITECH, eur("2000.00"))};
    }

    static Map<PartnerId, Money> shares(String acme, String globex, String initech) {
        Map<PartnerId, Money> shares = new LinkedHashMap<>();
        shares.put(ACME, eur(acme));
        shares.put(GLOBEX, eur(globex));
        shares.put(INITECH, eur(initech));
        return shares;
    }

    static RecordSpend spend(SpendId id, String amount, String invoice, LocalDate incurredOn) {
        return new RecordSpend(ALLIANCE, CAMPAIGN, id, GLOBEX, eur(amount), "EVENTS", "Hall Rentals BV", invoice,
                incurredOn, null);
    }

    static SpendRecorded spendRecorded() {
        return new SpendRecorded(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("1000.00"), "EVENTS", "Hall Rentals BV",
                "INV-1001", JAN_15, null, 1, shares("500.00", "300.00", "200.00"));
    }

    @Test
    void aPartnerLaunchesACampaign() {
        fixture.given(active())
                .when(new LaunchCampaign(ALLIANCE, CAMPAIGN, ACME, "Q1 webinars", LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 31)))
                .expectEvents(launched());
    }

    @Test
    void aCampaignCannotEndBeforeItStarts() {
        fixture.given(active())
                .when(new LaunchCampaign(ALLIANCE, CAMPAIGN, ACME, "Q1", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))
                .expectNoEvents()
                .expectException(violates(Rule.CAMPAIGN_DATES_REVERSED));
    }

    @Test
    void aCampaignIdIsUsedOnce() {
        fixture.given(active()).andGiven(launched())
                .when(new LaunchCampaign(ALLIANCE, CAMPAIGN, GLOBEX, "again", JAN_15, JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.CAMPAIGN_ID_TAKEN));
    }

    @Test
    void aProposedAllianceCannotLaunchCampaigns() {
        fixture.given(proposed())
                .when(new LaunchCampaign(ALLIANCE, CAMPAIGN, ACME, "Q1", JAN_15, JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
    }

    @Test
    void aPartnerCommitsBudget() {
        fixture.given(active()).andGiven(launched())
                .when(new CommitBudget(ALLIANCE, CAMPAIGN, GLOBEX, eur("3000.00")))
                .expectEvents(new BudgetCommitted(ALLIANCE, CAMPAIGN, GLOBEX, eur("3000.00")));
    }

    @Test
    void aCommitmentMustBePositiveAndInTheAllianceCurrency() {
        fixture.given(active()).andGiven(launched())
                .when(new CommitBudget(ALLIANCE, CAMPAIGN, GLOBEX, eur("0.00")))
                .expectNoEvents()
                .expectException(violates(Rule.AMOUNT_MUST_BE_POSITIVE));
        fixture.given(active()).andGiven(launched())
                .when(new CommitBudget(ALLIANCE, CAMPAIGN, GLOBEX, Money.of("10.00", "USD")))
                .expectNoEvents()
                .expectException(CurrencyMismatch.class);
    }

    @Test
    void budgetGoesOnlyToAnExistingOpenCampaign() {
        fixture.given(active())
                .when(new CommitBudget(ALLIANCE, CAMPAIGN, GLOBEX, eur("10.00")))
                .expectNoEvents()
                .expectException(violates(Rule.NO_SUCH_CAMPAIGN));
        fixture.given(active()).andGiven(launched(), new CampaignClosed(ALLIANCE, CAMPAIGN, ACME))
                .when(new CommitBudget(ALLIANCE, CAMPAIGN, GLOBEX, eur("10.00")))
                .expectNoEvents()
                .expectException(violates(Rule.CAMPAIGN_CLOSED));
    }

    @Test
    void aSpendIsSplitByTheTermsInForceAndTheSplitIsStored() {
        fixture.given(active()).andGiven(funded())
                .when(spend(SPEND, "1000.00", "INV-1001", JAN_15))
                .expectEvents(spendRecorded());
    }

    @Test
    void theDesignExampleSplitsAHundredEurosToTheCent() {
        Terms thirds = terms(3334, 3333, 3333);
        AllianceProposed proposal = new AllianceProposed(ALLIANCE, ACME, "Thirds", AllianceKind.MARKETING,
                AllianceTest.EUR, java.util.List.of(ACME, GLOBEX, INITECH), thirds);
        fixture.given(proposal, new AllianceAccepted(ALLIANCE, GLOBEX), new AllianceAccepted(ALLIANCE, INITECH),
                        new AllianceActivated(ALLIANCE))
                .andGiven(funded())
                .when(spend(SPEND, "100.00", "INV-1", JAN_15))
                .expectEvents(new SpendRecorded(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("100.00"), "EVENTS",
                        "Hall Rentals BV", "INV-1", JAN_15, null, 1, shares("33.34", "33.33", "33.33")));
    }

    @Test
    void aSpendThatWouldTakeAPartnerOverItsCommitmentIsRejected() {
        fixture.given(active()).andGiven(launched(),
                        new BudgetCommitted(ALLIANCE, CAMPAIGN, ACME, eur("5000.00")),
                        new BudgetCommitted(ALLIANCE, CAMPAIGN, GLOBEX, eur("3000.00")),
                        new BudgetCommitted(ALLIANCE, CAMPAIGN, INITECH, eur("199.99")))
                .when(spend(SPEND, "1000.00", "INV-1001", JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.BUDGET_EXCEEDED))
                .expectExceptionMessage("partner initech's share of this spend, 200.00 EUR, would bring its spend in "
                        + "the campaign to 200.00 EUR, over its commitment of 199.99 EUR");
    }

    @Test
    void cumulativeSharesCountAgainstTheCommitment() {
        fixture.given(active()).andGiven(funded())
                .andGiven(new SpendRecorded(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("9000.00"), "EVENTS", "Hall",
                        "INV-1", JAN_15, null, 1, shares("4500.00", "2700.00", "1800.00")))
                .when(spend(new SpendId(UUID.randomUUID()), "1000.01", "INV-2", JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.BUDGET_EXCEEDED));
    }

    @Test
    void aSpendMustFallWithinTheCampaignDates() {
        fixture.given(active()).andGiven(funded())
                .when(spend(SPEND, "10.00", "INV-1", LocalDate.of(2027, 4, 1)))
                .expectNoEvents()
                .expectException(violates(Rule.SPEND_OUTSIDE_CAMPAIGN));
    }

    @Test
    void anInvoiceIsRecordedOncePerCampaign() {
        fixture.given(active()).andGiven(funded()).andGiven(spendRecorded())
                .when(new RecordSpend(ALLIANCE, CAMPAIGN, new SpendId(UUID.randomUUID()), ACME, eur("5.00"), "EVENTS",
                        " hall rentals bv ", "INV-1001", JAN_15, null))
                .expectNoEvents()
                .expectException(violates(Rule.DUPLICATE_INVOICE));
    }

    @Test
    void aReversedInvoiceMayBeRecordedAgain() {
        SpendId corrected = new SpendId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));
        fixture.given(active()).andGiven(funded()).andGiven(spendRecorded(), reversed())
                .when(spend(corrected, "900.00", "INV-1001", JAN_15))
                .expectEvents(new SpendRecorded(ALLIANCE, CAMPAIGN, corrected, GLOBEX, eur("900.00"), "EVENTS",
                        "Hall Rentals BV", "INV-1001", JAN_15, null, 1, shares("450.00", "270.00", "180.00")));
    }

    @Test
    void aSpendIdIsUsedOnce() {
        fixture.given(active()).andGiven(funded()).andGiven(spendRecorded())
                .when(spend(SPEND, "5.00", "INV-2", JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.SPEND_ID_TAKEN));
    }

    @Test
    void aSpendDatedAfterAnAgreedAmendmentUsesTheNewShares() {
        Terms april = new Terms(LocalDate.of(2027, 3, 1), terms(4000, 4000, 2000).costShareBps(),
                terms(0, 0, 0).referralCommissionBps(), terms(0, 0, 0).attribution());
        fixture.given(active()).andGiven(funded())
                .andGiven(new TermsAmended(ALLIANCE, AMENDMENT, 2, april))
                .when(spend(SPEND, "100.00", "INV-9", LocalDate.of(2027, 3, 10)))
                .expectEvents(new SpendRecorded(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("100.00"), "EVENTS",
                        "Hall Rentals BV", "INV-9", LocalDate.of(2027, 3, 10), null, 2, shares("40.00", "40.00", "20.00")));
    }

    @Test
    void noSpendBeforeTheFirstTermsTakeEffect() {
        fixture.given(active()).andGiven(new CampaignLaunched(ALLIANCE, CAMPAIGN, ACME, "early",
                        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)))
                .andGiven(new BudgetCommitted(ALLIANCE, CAMPAIGN, ACME, eur("100.00")))
                .when(spend(SPEND, "10.00", "INV-1", LocalDate.of(2026, 12, 15)))
                .expectNoEvents()
                .expectException(violates(Rule.NO_TERMS_IN_FORCE));
    }

    @Test
    void aSuspendedAllianceRecordsNoSpend() {
        fixture.given(active()).andGiven(funded()).andGiven(new AllianceSuspended(ALLIANCE, ACME, "audit"))
                .when(spend(SPEND, "10.00", "INV-1", JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
    }

    @Test
    void aClosedCampaignRecordsNoSpend() {
        fixture.given(active()).andGiven(funded()).andGiven(new CampaignClosed(ALLIANCE, CAMPAIGN, ACME))
                .when(spend(SPEND, "10.00", "INV-1", JAN_15))
                .expectNoEvents()
                .expectException(violates(Rule.CAMPAIGN_CLOSED));
    }

    static SpendReversed reversed() {
        return new SpendReversed(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("-1000.00"), JAN_15, 1,
                shares("-500.00", "-300.00", "-200.00"), "invoice credited");
    }

    @Test
    void thePayerReversesASpendWithTheExactNegativeOfItsSplit() {
        fixture.given(active()).andGiven(funded()).andGiven(spendRecorded())
                .when(new ReverseSpend(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, "invoice credited"))
                .expectEvents(reversed());
    }

    @Test
    void onlyThePayerReversesItsSpend() {
        fixture.given(active()).andGiven(funded()).andGiven(spendRecorded())
                .when(new ReverseSpend(ALLIANCE, CAMPAIGN, SPEND, ACME, "not mine"))
                .expectNoEvents()
                .expectException(violates(Rule.ONLY_PAYER_MAY_REVERSE));
    }

    @Test
    void aSpendIsReversedOnce() {
        fixture.given(active()).andGiven(funded()).andGiven(spendRecorded(), reversed())
                .when(new ReverseSpend(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, "again"))
                .expectNoEvents()
                .expectException(violates(Rule.SPEND_ALREADY_REVERSED));
    }

    @Test
    void onlyARecordedSpendCanBeReversed() {
        fixture.given(active()).andGiven(funded())
                .when(new ReverseSpend(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, "?"))
                .expectNoEvents()
                .expectException(violates(Rule.NO_SUCH_SPEND));
    }

    @Test
    void aReversalFreesTheBudget() {
        fixture.given(active()).andGiven(funded())
                .andGiven(new SpendRecorded(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("10000.00"), "EVENTS", "Hall",
                                "INV-1", JAN_15, null, 1, shares("5000.00", "3000.00", "2000.00")),
                        new SpendReversed(ALLIANCE, CAMPAIGN, SPEND, GLOBEX, eur("-10000.00"), JAN_15, 1,
                                shares("-5000.00", "-3000.00", "-2000.00"), "credited"))
                .when(spend(new SpendId(UUID.fromString("00000000-0000-0000-0000-0000000000d3")), "10000.00", "INV-2", JAN_15))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPartnerClosesACampaign() {
        fixture.given(active()).andGiven(launched())
                .when(new CloseCampaign(ALLIANCE, CAMPAIGN, INITECH))
                .expectEvents(new CampaignClosed(ALLIANCE, CAMPAIGN, INITECH));
    }

    @Test
    void aPartnerRecordsASettlementPaymentEvenAfterDissolution() {
        fixture.given(active()).andGiven(new AllianceDissolved(ALLIANCE, ACME, "over"))
                .when(new RecordSettlementPayment(ALLIANCE, PAYMENT, INITECH, ACME, eur("150.00"),
                        LocalDate.of(2027, 4, 1), "WIRE-77"))
                .expectEvents(new SettlementPaymentRecorded(ALLIANCE, PAYMENT, INITECH, ACME, eur("150.00"),
                        LocalDate.of(2027, 4, 1), "WIRE-77"));
    }

    @Test
    void aPartnerCannotPayItself() {
        fixture.given(active())
                .when(new RecordSettlementPayment(ALLIANCE, PAYMENT, ACME, ACME, eur("1.00"), JAN_15, "X"))
                .expectNoEvents()
                .expectException(violates(Rule.PAYMENT_TO_SELF));
    }

    @Test
    void aPaymentGoesOnlyToAPartnerOfTheAlliance() {
        fixture.given(active())
                .when(new RecordSettlementPayment(ALLIANCE, PAYMENT, ACME, PartnerId.of("umbrella"), eur("1.00"),
                        JAN_15, "X"))
                .expectNoEvents()
                .expectException(violates(Rule.PAYEE_NOT_A_PARTNER));
    }

    @Test
    void aPaymentIdIsUsedOnce() {
        fixture.given(active()).andGiven(new SettlementPaymentRecorded(ALLIANCE, PAYMENT, INITECH, ACME,
                        eur("1.00"), JAN_15, "X"))
                .when(new RecordSettlementPayment(ALLIANCE, PAYMENT, INITECH, ACME, eur("1.00"), JAN_15, "X"))
                .expectNoEvents()
                .expectException(violates(Rule.PAYMENT_ID_TAKEN));
    }

    @Test
    void noPaymentBeforeTheAllianceWasAgreed() {
        fixture.given(proposed())
                .when(new RecordSettlementPayment(ALLIANCE, PAYMENT, GLOBEX, ACME, eur("1.00"), JAN_15, "X"))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_STARTED));
    }
}
