package org.allianceledger.core.settlement;

import org.allianceledger.core.money.CurrencyMismatch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Positions;
import org.allianceledger.core.posting.Postings;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettlementPlanTest {

    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId GLOBEX = PartnerId.of("globex");
    static final PartnerId INITECH = PartnerId.of("initech");
    static final PartnerId UMBRELLA = PartnerId.of("umbrella");
    static final List<PartnerId> PARTNERS = List.of(ACME, GLOBEX, INITECH, UMBRELLA);

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Map<PartnerId, Money> positions(String acme, String globex, String initech, String umbrella) {
        Map<PartnerId, Money> positions = new LinkedHashMap<>();
        positions.put(ACME, eur(acme));
        positions.put(GLOBEX, eur(globex));
        positions.put(INITECH, eur(initech));
        positions.put(UMBRELLA, eur(umbrella));
        return positions;
    }

    @Test
    void theLargestDebtorPaysTheLargestCreditorFirst() {
        SettlementPlan plan = SettlementPlan.of(positions("50.00", "-30.00", "-20.00", "0.00"), PARTNERS);

        assertThat(plan.transfers()).containsExactly(
                new Transfer(GLOBEX, ACME, eur("30.00")),
                new Transfer(INITECH, ACME, eur("20.00")));
    }

    @Test
    void eachTransferIsTheSmallerOfTheTwoMagnitudes() {
        SettlementPlan plan = SettlementPlan.of(positions("70.00", "30.00", "-60.00", "-40.00"), PARTNERS);

        assertThat(plan.transfers()).containsExactly(
                new Transfer(INITECH, ACME, eur("60.00")),
                new Transfer(UMBRELLA, GLOBEX, eur("30.00")),
                new Transfer(UMBRELLA, ACME, eur("10.00")));
    }

    @Test
    void equalPositionsAreTakenInPartnerOrder() {
        SettlementPlan plan = SettlementPlan.of(positions("-10.00", "10.00", "-10.00", "10.00"), PARTNERS);

        assertThat(plan.transfers()).containsExactly(
                new Transfer(ACME, GLOBEX, eur("10.00")),
                new Transfer(INITECH, UMBRELLA, eur("10.00")));

        SettlementPlan reordered = SettlementPlan.of(positions("-10.00", "10.00", "-10.00", "10.00"),
                List.of(UMBRELLA, INITECH, GLOBEX, ACME));
        assertThat(reordered.transfers()).containsExactly(
                new Transfer(INITECH, UMBRELLA, eur("10.00")),
                new Transfer(ACME, GLOBEX, eur("10.00")));
    }

    @Test
    void settledPositionsNeedNoTransfer() {
        assertThat(SettlementPlan.of(positions("0.00", "0.00", "0.00", "0.00"), PARTNERS).transfers()).isEmpty();
        assertThat(SettlementPlan.of(Map.of(), PARTNERS).transfers()).isEmpty();
    }

    @Test
    void aPlanFromPositionsUsesTheirPartnerOrder() {
        Positions positions = Positions.start(Currency.getInstance("EUR"), List.of(ACME, GLOBEX, INITECH))
                .post(Postings.forSpend(ACME, eur("90.00"), Map.of(ACME, eur("30.00"), GLOBEX, eur("30.00"),
                        INITECH, eur("30.00"))));

        assertThat(SettlementPlan.of(positions).transfers()).containsExactly(
                new Transfer(GLOBEX, ACME, eur("30.00")),
                new Transfer(INITECH, ACME, eur("30.00")));
    }

    @Test
    void positionsThatDoNotSumToZeroAreRejected() {
        assertThatThrownBy(() -> SettlementPlan.of(positions("50.00", "-30.00", "-19.99", "0.00"), PARTNERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positions must sum to zero to be settled, they sum to 0.01 EUR");
    }

    @Test
    void positionsOfPartnersOutsideTheOrderAreRejected() {
        assertThatThrownBy(() -> SettlementPlan.of(positions("1.00", "-1.00", "0.00", "0.00"), List.of(ACME, GLOBEX)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettlementPlan.of(Map.of(ACME, eur("0.00")), List.of(ACME, ACME)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsInTwoCurrenciesAreRejected() {
        assertThatThrownBy(() -> SettlementPlan.of(Map.of(ACME, eur("1.00"), GLOBEX, Money.of("-1.00", "USD")), PARTNERS))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void aTransferMovesAPositiveAmountBetweenTwoPartners() {
        assertThatThrownBy(() -> new Transfer(ACME, ACME, eur("1.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transfer(ACME, GLOBEX, eur("0.00"))).isInstanceOf(IllegalArgumentException.class);
    }
}
