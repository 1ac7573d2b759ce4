package org.allianceledger.core.posting;

import org.allianceledger.core.money.CurrencyMismatch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.allianceledger.core.posting.PostingsTest.ACME;
import static org.allianceledger.core.posting.PostingsTest.GLOBEX;
import static org.allianceledger.core.posting.PostingsTest.INITECH;
import static org.allianceledger.core.posting.PostingsTest.eur;
import static org.allianceledger.core.posting.PostingsTest.split;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionsTest {

    static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void everyPartnerStartsAtZeroInAllianceOrder() {
        Positions positions = Positions.start(EUR, List.of(INITECH, ACME, GLOBEX));

        assertThat(positions.partners()).containsExactly(INITECH, ACME, GLOBEX);
        assertThat(positions.balances().values()).containsOnly(eur("0.00"));
    }

    @Test
    void postingsAccumulateIntoOnePositionPerPartner() {
        Positions positions = Positions.start(EUR, List.of(ACME, GLOBEX, INITECH))
                .post(Postings.forSpend(ACME, eur("100.00"), split("50.00", "30.00", "20.00")))
                .post(Postings.forCommission(GLOBEX, Map.of(INITECH, eur("10.00"))))
                .post(Postings.forSettlementPayment(GLOBEX, ACME, eur("30.00")));

        assertThat(positions.balances()).containsExactly(
                Map.entry(ACME, eur("20.00")),
                Map.entry(GLOBEX, eur("-10.00")),
                Map.entry(INITECH, eur("-10.00")));
        assertThat(positions.total().isZero()).isTrue();
    }

    @Test
    void postingForAPartnerOutsideTheAllianceIsRefused() {
        Positions positions = Positions.start(EUR, List.of(ACME, GLOBEX));

        assertThatThrownBy(() -> positions.post(Postings.forSettlementPayment(ACME, PartnerId.of("umbrella"), eur("1.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("umbrella has no position here");
    }

    @Test
    void postingInAnotherCurrencyIsRefused() {
        Positions positions = Positions.start(EUR, List.of(ACME, GLOBEX));

        assertThatThrownBy(() -> positions.post(Postings.forSettlementPayment(ACME, GLOBEX, Money.of("1.00", "USD"))))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void aPartnerIsListedOnce() {
        assertThatThrownBy(() -> Positions.start(EUR, List.of(ACME, ACME))).isInstanceOf(IllegalArgumentException.class);
    }
}
