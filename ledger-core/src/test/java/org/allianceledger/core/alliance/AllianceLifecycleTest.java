package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.allianceledger.core.alliance.AllianceTest.ACME;
import static org.allianceledger.core.alliance.AllianceTest.ALLIANCE;
import static org.allianceledger.core.alliance.AllianceTest.GLOBEX;
import static org.allianceledger.core.alliance.AllianceTest.INITECH;
import static org.allianceledger.core.alliance.AllianceTest.proposed;
import static org.allianceledger.core.alliance.AllianceTest.terms;
import static org.allianceledger.core.rule.Violates.violates;

/** Declining, amending, suspending, resuming and dissolving an alliance. */
class AllianceLifecycleTest {

    static final AmendmentId AMENDMENT = new AmendmentId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final Terms APRIL_TERMS = new Terms(LocalDate.of(2027, 4, 1), terms(4000, 4000, 2000).costShareBps(),
            terms(0, 0, 0).referralCommissionBps(), terms(0, 0, 0).attribution());

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    static Object[] active() {
        return new Object[]{proposed(), new AllianceAccepted(ALLIANCE, GLOBEX), new AllianceAccepted(ALLIANCE, INITECH),
                new AllianceActivated(ALLIANCE)};
    }

    @Test
    void aPartnerDeclinesTheProposal() {
        fixture.given(proposed())
                .when(new DeclineAlliance(ALLIANCE, GLOBEX, "budget cut"))
                .expectEvents(new AllianceDeclined(ALLIANCE, GLOBEX, "budget cut"));
    }

    @Test
    void theProposerCannotDeclineItsOwnProposal() {
        fixture.given(proposed())
                .when(new DeclineAlliance(ALLIANCE, ACME, "changed my mind"))
                .expectNoEvents()
                .expectException(violates(Rule.PROPOSER_CANNOT_DECLINE));
    }

    @Test
    void aPartnerThatAcceptedCannotDecline() {
        fixture.given(proposed(), new AllianceAccepted(ALLIANCE, GLOBEX))
                .when(new DeclineAlliance(ALLIANCE, GLOBEX, "oops"))
                .expectNoEvents()
                .expectException(violates(Rule.ALREADY_ACCEPTED));
    }

    @Test
    void aDeclinedAllianceCannotBeAccepted() {
        fixture.given(proposed(), new AllianceDeclined(ALLIANCE, GLOBEX, "no"))
                .when(new AcceptAlliance(ALLIANCE, INITECH))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_AWAITING_ACCEPTANCE));
    }

    @Test
    void anAmendmentTakesEffectOnlyWhenEveryPartnerAccepted() {
        fixture.given(active())
                .andGiven(new AmendmentProposed(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS),
                        new AmendmentAccepted(ALLIANCE, AMENDMENT, GLOBEX))
                .when(new AcceptAmendment(ALLIANCE, AMENDMENT, INITECH))
                .expectEvents(new AmendmentAccepted(ALLIANCE, AMENDMENT, INITECH),
                        new TermsAmended(ALLIANCE, AMENDMENT, 2, APRIL_TERMS));
    }

    @Test
    void anAmendmentAwaitsTheOtherPartners() {
        fixture.given(active())
                .when(new ProposeAmendment(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS))
                .expectEvents(new AmendmentProposed(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS));
        fixture.given(active())
                .andGiven(new AmendmentProposed(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS))
                .when(new AcceptAmendment(ALLIANCE, AMENDMENT, GLOBEX))
                .expectEvents(new AmendmentAccepted(ALLIANCE, AMENDMENT, GLOBEX));
    }

    @Test
    void anAmendmentMustTakeEffectAfterTheCurrentTerms() {
        Terms sameDay = new Terms(LocalDate.of(2027, 1, 1), APRIL_TERMS.costShareBps(),
                APRIL_TERMS.referralCommissionBps(), APRIL_TERMS.attribution());
        fixture.given(active())
                .when(new ProposeAmendment(ALLIANCE, AMENDMENT, ACME, sameDay))
                .expectNoEvents()
                .expectException(violates(Rule.AMENDMENT_EFFECTIVE_BEFORE_CURRENT_TERMS));
    }

    @Test
    void anAmendmentOvertakenByAnotherAgreedAmendmentCannotBeAgreed() {
        AmendmentId later = new AmendmentId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
        Terms june = new Terms(LocalDate.of(2027, 6, 1), APRIL_TERMS.costShareBps(),
                APRIL_TERMS.referralCommissionBps(), APRIL_TERMS.attribution());
        fixture.given(active())
                .andGiven(new AmendmentProposed(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS),
                        new AmendmentProposed(ALLIANCE, later, ACME, june),
                        new AmendmentAccepted(ALLIANCE, later, GLOBEX),
                        new AmendmentAccepted(ALLIANCE, later, INITECH),
                        new TermsAmended(ALLIANCE, later, 2, june),
                        new AmendmentAccepted(ALLIANCE, AMENDMENT, GLOBEX))
                .when(new AcceptAmendment(ALLIANCE, AMENDMENT, INITECH))
                .expectNoEvents()
                .expectException(violates(Rule.AMENDMENT_EFFECTIVE_BEFORE_CURRENT_TERMS));
    }

    @Test
    void amendedCostSharesMustStillAddUpToTheWhole() {
        fixture.given(active())
                .when(new ProposeAmendment(ALLIANCE, AMENDMENT, ACME,
                        new Terms(LocalDate.of(2027, 4, 1), terms(4000, 4000, 1000).costShareBps(),
                                APRIL_TERMS.referralCommissionBps(), APRIL_TERMS.attribution())))
                .expectNoEvents()
                .expectException(violates(Rule.COST_SHARES_MUST_SUM_TO_10000));
    }

    @Test
    void anAmendmentIdIsUsedOnce() {
        fixture.given(active())
                .andGiven(new AmendmentProposed(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS))
                .when(new ProposeAmendment(ALLIANCE, AMENDMENT, GLOBEX, APRIL_TERMS))
                .expectNoEvents()
                .expectException(violates(Rule.AMENDMENT_ID_TAKEN));
    }

    @Test
    void onlyAPendingAmendmentCanBeAccepted() {
        fixture.given(active())
                .when(new AcceptAmendment(ALLIANCE, AMENDMENT, GLOBEX))
                .expectNoEvents()
                .expectException(violates(Rule.NO_SUCH_PENDING_AMENDMENT));
    }

    @Test
    void aPartnerAcceptsAnAmendmentOnce() {
        fixture.given(active())
                .andGiven(new AmendmentProposed(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS))
                .when(new AcceptAmendment(ALLIANCE, AMENDMENT, ACME))
                .expectNoEvents()
                .expectException(violates(Rule.ALREADY_ACCEPTED));
    }

    @Test
    void aProposedAllianceCannotBeAmended() {
        fixture.given(proposed())
                .when(new ProposeAmendment(ALLIANCE, AMENDMENT, ACME, APRIL_TERMS))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
    }

    @Test
    void aPartnerSuspendsAndResumesTheAlliance() {
        fixture.given(active())
                .when(new SuspendAlliance(ALLIANCE, GLOBEX, "audit"))
                .expectEvents(new AllianceSuspended(ALLIANCE, GLOBEX, "audit"));
        fixture.given(active())
                .andGiven(new AllianceSuspended(ALLIANCE, GLOBEX, "audit"))
                .when(new ResumeAlliance(ALLIANCE, ACME))
                .expectEvents(new AllianceResumed(ALLIANCE, ACME));
    }

    @Test
    void onlyAnActiveAllianceCanBeSuspended() {
        fixture.given(proposed())
                .when(new SuspendAlliance(ALLIANCE, GLOBEX, "audit"))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
    }

    @Test
    void onlyASuspendedAllianceCanBeResumed() {
        fixture.given(active())
                .when(new ResumeAlliance(ALLIANCE, ACME))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_SUSPENDED));
    }

    @Test
    void aSuspendedAllianceCanBeDissolvedButNotTwice() {
        fixture.given(active())
                .andGiven(new AllianceSuspended(ALLIANCE, GLOBEX, "audit"))
                .when(new DissolveAlliance(ALLIANCE, INITECH, "campaign over"))
                .expectEvents(new AllianceDissolved(ALLIANCE, INITECH, "campaign over"));
        fixture.given(active())
                .andGiven(new AllianceDissolved(ALLIANCE, INITECH, "campaign over"))
                .when(new DissolveAlliance(ALLIANCE, ACME, "again"))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_ACTIVE));
    }

    @Test
    void onlyPartnersActOnTheAlliance() {
        fixture.given(active())
                .when(new SuspendAlliance(ALLIANCE, PartnerId.of("umbrella"), "hostile"))
                .expectNoEvents()
                .expectException(violates(Rule.NOT_A_PARTNER_OF_ALLIANCE));
    }
}
