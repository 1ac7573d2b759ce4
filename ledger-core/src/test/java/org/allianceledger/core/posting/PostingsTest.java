package org.allianceledger.core.posting;

import org.allianceledger.core.money.CurrencyMismatch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingsTest {

    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId GLOBEX = PartnerId.of("globex");
    static final PartnerId INITECH = PartnerId.of("initech");

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Map<PartnerId, Money> split(String acme, String globex, String initech) {
        Map<PartnerId, Money> split = new LinkedHashMap<>();
        split.put(ACME, eur(acme));
        split.put(GLOBEX, eur(globex));
        split.put(INITECH, eur(initech));
        return split;
    }

    @Test
    void theSpendPayerIsOwedWhatOthersShareAndEveryPartnerGetsOneLine() {
        Postings postings = Postings.forSpend(ACME, eur("100.00"), split("50.00", "30.00", "20.00"));

        assertThat(postings.lines()).containsExactly(
                new Posting(ACME, eur("50.00")),
                new Posting(GLOBEX, eur("-30.00")),
                new Posting(INITECH, eur("-20.00")));
    }

    @Test
    void aPartnerWithoutAShareKeepsAZeroLine() {
        Postings postings = Postings.forSpend(GLOBEX, eur("10.00"), split("5.00", "5.00", "0.00"));

        assertThat(postings.lines()).containsExactly(
                new Posting(ACME, eur("-5.00")),
                new Posting(GLOBEX, eur("5.00")),
                new Posting(INITECH, eur("0.00")));
    }

    @Test
    void aSpendReversalPostsTheExactOpposite() {
        Postings spend = Postings.forSpend(ACME, eur("100.00"), split("33.34", "33.33", "33.33"));

        Postings reversal = Postings.forSpend(ACME, eur("-100.00"), split("-33.34", "-33.33", "-33.33"));

        assertThat(reversal).isEqualTo(spend.reversed());
    }

    @Test
    void theSplitMustAddUpToTheSpendAndIncludeThePayer() {
        assertThatThrownBy(() -> Postings.forSpend(ACME, eur("100.00"), split("50.00", "30.00", "19.99")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the shares add up to 99.99 EUR, not to the spend of 100.00 EUR");
        assertThatThrownBy(() -> Postings.forSpend(PartnerId.of("umbrella"), eur("100.00"), split("50.00", "30.00", "20.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referrersAreOwedTheirCommissionAndTheReceivingPartnerOwesTheTotal() {
        Map<PartnerId, Money> commission = new LinkedHashMap<>();
        commission.put(INITECH, eur("6.67"));
        commission.put(ACME, eur("3.33"));

        Postings postings = Postings.forCommission(GLOBEX, commission);

        assertThat(postings.lines()).containsExactly(
                new Posting(INITECH, eur("6.67")),
                new Posting(ACME, eur("3.33")),
                new Posting(GLOBEX, eur("-10.00")));
    }

    @Test
    void anUnattributedConversionPostsNothing() {
        assertThat(Postings.forCommission(GLOBEX, Map.of()).lines()).isEmpty();
    }

    @Test
    void aPartnerEarnsNoCommissionOnItsOwnConversion() {
        assertThatThrownBy(() -> Postings.forCommission(GLOBEX, Map.of(GLOBEX, eur("1.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSettlementPaymentCreditsThePayerAndDebitsThePayee() {
        Postings postings = Postings.forSettlementPayment(INITECH, ACME, eur("20.00"));

        assertThat(postings.lines()).containsExactly(new Posting(INITECH, eur("20.00")), new Posting(ACME, eur("-20.00")));
        assertThatThrownBy(() -> Postings.forSettlementPayment(ACME, ACME, eur("20.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransactionThatDoesNotSumToZeroIsRefused() {
        assertThatThrownBy(() -> new Postings(List.of(new Posting(ACME, eur("1.00")), new Posting(GLOBEX, eur("-0.99")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a journal transaction must sum to zero, these lines sum to 0.01 EUR");
    }

    @Test
    void aTransactionHasOneLinePerPartnerInOneCurrency() {
        assertThatThrownBy(() -> new Postings(List.of(new Posting(ACME, eur("1.00")), new Posting(ACME, eur("-1.00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme appears twice");
        assertThatThrownBy(() -> new Postings(List.of(new Posting(ACME, eur("1.00")),
                new Posting(GLOBEX, Money.of("-1.00", "USD")))))
                .isInstanceOf(CurrencyMismatch.class);
    }
}
