package org.allianceledger.core.alliance;

import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.core.rule.Violates.violates;

class AllianceTest {

    static final AllianceId ALLIANCE = new AllianceId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId GLOBEX = PartnerId.of("globex");
    static final PartnerId INITECH = PartnerId.of("initech");
    static final Currency EUR = Currency.getInstance("EUR");

    private AggregateTestFixture<Alliance> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    static Terms terms(int acme, int globex, int initech) {
        Map<PartnerId, BasisPoints> shares = new LinkedHashMap<>();
        shares.put(ACME, BasisPoints.of(acme));
        shares.put(GLOBEX, BasisPoints.of(globex));
        shares.put(INITECH, BasisPoints.of(initech));
        return new Terms(LocalDate.of(2027, 1, 1), shares, BasisPoints.of(1000),
                new Attribution(AttributionModel.LAST_TOUCH, 30));
    }

    static ProposeAlliance propose(PartnerId by, List<PartnerId> partners, Terms terms) {
        return new ProposeAlliance(ALLIANCE, by, "Spring launch 2027", AllianceKind.MARKETING, EUR, partners, terms);
    }

    static AllianceProposed proposed() {
        return new AllianceProposed(ALLIANCE, ACME, "Spring launch 2027", AllianceKind.MARKETING, EUR,
                List.of(ACME, GLOBEX, INITECH), terms(5000, 3000, 2000));
    }

    @Test
    void aPartnerProposesAnAlliance() {
        fixture.givenNoPriorActivity()
                .when(propose(ACME, List.of(ACME, GLOBEX, INITECH), terms(5000, 3000, 2000)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed());
    }

    @Test
    void costSharesMustAddUpToTheWhole() {
        fixture.givenNoPriorActivity()
                .when(propose(ACME, List.of(ACME, GLOBEX, INITECH), terms(5000, 3000, 1999)))
                .expectNoEvents()
                .expectException(violates(Rule.COST_SHARES_MUST_SUM_TO_10000))
                .expectExceptionMessage("cost shares must add up to 10000 basis points (100%), they add up to 9999");
    }

    @Test
    void costSharesMustNameExactlyThePartners() {
        rejects(propose(ACME, List.of(ACME, GLOBEX), terms(5000, 3000, 2000)),
                Rule.COST_SHARES_MUST_NAME_EVERY_PARTNER);
    }

    @Test
    void theProposerMustBeAPartnerOfTheAlliance() {
        rejects(propose(PartnerId.of("umbrella"), List.of(ACME, GLOBEX, INITECH), terms(5000, 3000, 2000)),
                Rule.PROPOSER_MUST_BE_PARTNER);
    }

    @Test
    void anAllianceNeedsTwoPartners() {
        Terms alone = new Terms(LocalDate.of(2027, 1, 1), Map.of(ACME, BasisPoints.of(10000)), BasisPoints.of(0),
                new Attribution(AttributionModel.LINEAR, 30));
        rejects(propose(ACME, List.of(ACME), alone), Rule.ALLIANCE_NEEDS_TWO_PARTNERS);
    }

    @Test
    void aPartnerIsListedOnlyOnce() {
        rejects(propose(ACME, List.of(ACME, GLOBEX, GLOBEX), terms(5000, 3000, 2000)),
                Rule.PARTNERS_MUST_BE_DISTINCT);
    }

    @Test
    void theAllianceStaysProposedUntilEveryPartnerAccepted() {
        fixture.given(proposed())
                .when(new AcceptAlliance(ALLIANCE, GLOBEX))
                .expectEvents(new AllianceAccepted(ALLIANCE, GLOBEX));
    }

    @Test
    void theLastAcceptanceActivatesTheAlliance() {
        fixture.given(proposed(), new AllianceAccepted(ALLIANCE, GLOBEX))
                .when(new AcceptAlliance(ALLIANCE, INITECH))
                .expectEvents(new AllianceAccepted(ALLIANCE, INITECH), new AllianceActivated(ALLIANCE));
    }

    @Test
    void onlyAPartnerOfTheAllianceMayAccept() {
        fixture.given(proposed())
                .when(new AcceptAlliance(ALLIANCE, PartnerId.of("umbrella")))
                .expectNoEvents()
                .expectException(violates(Rule.NOT_A_PARTNER_OF_ALLIANCE))
                .expectExceptionMessage("partner umbrella is not a partner of this alliance");
    }

    @Test
    void aPartnerCannotAcceptTwice() {
        fixture.given(proposed())
                .when(new AcceptAlliance(ALLIANCE, ACME))
                .expectNoEvents()
                .expectException(violates(Rule.ALREADY_ACCEPTED))
                .expectExceptionMessage("partner acme has already accepted this alliance");
    }

    @Test
    void anActiveAllianceIsNoLongerAwaitingAcceptance() {
        fixture.given(proposed(), new AllianceAccepted(ALLIANCE, GLOBEX), new AllianceAccepted(ALLIANCE, INITECH),
                        new AllianceActivated(ALLIANCE))
                .when(new AcceptAlliance(ALLIANCE, GLOBEX))
                .expectNoEvents()
                .expectException(violates(Rule.ALLIANCE_NOT_AWAITING_ACCEPTANCE))
                .expectExceptionMessage("the alliance is ACTIVE, not awaiting acceptance");
    }

    private void rejects(ProposeAlliance command, Rule rule) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(violates(rule));
    }
}
