package org.allianceledger.core.posting;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.core.posting.PostingsTest.ACME;
import static org.allianceledger.core.posting.PostingsTest.GLOBEX;
import static org.allianceledger.core.posting.PostingsTest.INITECH;
import static org.allianceledger.core.posting.PostingsTest.eur;
import static org.allianceledger.core.posting.PostingsTest.split;
import static org.assertj.core.api.Assertions.assertThat;

/** Reversals and refunds post negative amounts through the same factories; they must undo to the cent. */
class PostingsReversalTest {

    @Test
    void aCommissionRefundIsTheExactOppositeOfTheCommission() {
        Map<PartnerId, Money> commission = new LinkedHashMap<>();
        commission.put(INITECH, eur("6.67"));
        commission.put(ACME, eur("3.33"));
        Map<PartnerId, Money> refund = new LinkedHashMap<>();
        commission.forEach((referrer, amount) -> refund.put(referrer, amount.negate()));

        Postings refunded = Postings.forCommission(GLOBEX, refund);

        assertThat(refunded).isEqualTo(Postings.forCommission(GLOBEX, commission).reversed());
        assertThat(refunded.lines()).containsExactly(
                new Posting(INITECH, eur("-6.67")),
                new Posting(ACME, eur("-3.33")),
                new Posting(GLOBEX, eur("10.00")));
    }

    @Test
    void aNegativeSettlementPaymentIsTheExactOppositeOfThePayment() {
        Postings correction = Postings.forSettlementPayment(INITECH, ACME, eur("-20.00"));

        assertThat(correction).isEqualTo(Postings.forSettlementPayment(INITECH, ACME, eur("20.00")).reversed());
        assertThat(correction.lines()).containsExactly(new Posting(INITECH, eur("-20.00")), new Posting(ACME, eur("20.00")));
    }

    @Test
    void aReversedSpendOfAPayerWithoutAShareKeepsEveryLine() {
        Postings reversal = Postings.forSpend(GLOBEX, eur("-10.00"), split("-5.00", "0.00", "-5.00"));

        assertThat(reversal.lines()).containsExactly(
                new Posting(ACME, eur("5.00")),
                new Posting(GLOBEX, eur("-10.00")),
                new Posting(INITECH, eur("5.00")));
    }

    @Test
    void aSpendAndItsReversalLeaveEveryPositionAtZero() {
        Postings spend = Postings.forSpend(ACME, eur("100.00"), split("33.34", "33.33", "33.33"));
        Postings reversal = Postings.forSpend(ACME, eur("-100.00"), split("-33.34", "-33.33", "-33.33"));
        Positions start = Positions.start(PositionsTest.EUR, List.of(ACME, GLOBEX, INITECH));

        assertThat(start.post(spend).post(reversal)).isEqualTo(start);
    }

    @Test
    void reversingTwiceGivesTheOriginalBack() {
        Postings spend = Postings.forSpend(ACME, eur("100.00"), split("50.00", "30.00", "20.00"));

        assertThat(spend.reversed().reversed()).isEqualTo(spend);
    }
}
