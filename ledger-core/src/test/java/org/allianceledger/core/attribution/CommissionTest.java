package org.allianceledger.core.attribution;

import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommissionTest {

    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId INITECH = PartnerId.of("initech");
    static final BasisPoints TEN_PERCENT = BasisPoints.of(1000);

    static AttributionOutcome weights(Object... referrersAndWeights) {
        Map<PartnerId, Integer> weights = new LinkedHashMap<>();
        List<Touch> credited = new ArrayList<>();
        for (int i = 0; i < referrersAndWeights.length; i += 2) {
            PartnerId referrer = (PartnerId) referrersAndWeights[i];
            int weight = (Integer) referrersAndWeights[i + 1];
            weights.put(referrer, weight);
            for (int n = 0; n < weight; n++) {
                credited.add(new Touch(new UUID(i, n), referrer, PartnerId.of("globex"),
                        Instant.parse("2027-01-20T10:00:00Z")));
            }
        }
        return new AttributionOutcome(credited, credited, weights);
    }

    @Test
    void commissionIsTheRateOfTheRevenueRoundedHalfEven() {
        assertThat(Commission.on(Money.of("0.25", "EUR"), TEN_PERCENT, weights(ACME, 1)).amount())
                .isEqualTo(Money.of("0.02", "EUR"));
        assertThat(Commission.on(Money.of("0.35", "EUR"), TEN_PERCENT, weights(ACME, 1)).amount())
                .isEqualTo(Money.of("0.04", "EUR"));
        assertThat(Commission.ROUNDING).isEqualTo(RoundingMode.HALF_EVEN);
    }

    @Test
    void oneReferrerEarnsTheWholeCommission() {
        Commission commission = Commission.on(Money.of("1234.50", "EUR"), TEN_PERCENT, weights(ACME, 1));

        assertThat(commission.amount()).isEqualTo(Money.of("123.45", "EUR"));
        assertThat(commission.commissionByReferrer()).containsExactly(Map.entry(ACME, Money.of("123.45", "EUR")));
        assertThat(commission.revenueByReferrer()).containsExactly(Map.entry(ACME, Money.of("1234.50", "EUR")));
    }

    @Test
    void revenueAndCommissionAreSplitByTheWeightsWithTheAllocationRule() {
        Commission commission = Commission.on(Money.of("100.00", "EUR"), TEN_PERCENT, weights(ACME, 2, INITECH, 1));

        assertThat(commission.revenueByReferrer())
                .containsExactly(Map.entry(ACME, Money.of("66.67", "EUR")), Map.entry(INITECH, Money.of("33.33", "EUR")));
        assertThat(commission.commissionByReferrer())
                .containsExactly(Map.entry(ACME, Money.of("6.67", "EUR")), Map.entry(INITECH, Money.of("3.33", "EUR")));
    }

    @Test
    void equalWeightsBreakTiesByTheOrderOfTheWeights() {
        Commission commission = Commission.on(Money.of("0.10", "EUR"), TEN_PERCENT, weights(INITECH, 1, ACME, 1));

        assertThat(commission.commissionByReferrer())
                .containsExactly(Map.entry(INITECH, Money.of("0.01", "EUR")), Map.entry(ACME, Money.of("0.00", "EUR")));
    }

    @Test
    void anUnattributedConversionEarnsNoCommission() {
        Commission commission = Commission.on(Money.of("500.00", "EUR"), TEN_PERCENT, AttributionOutcome.unattributed());

        assertThat(commission.isUnattributed()).isTrue();
        assertThat(commission.amount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(commission.revenueByReferrer()).isEmpty();
        assertThat(commission.commissionByReferrer()).isEmpty();
    }

    @Test
    void aRefundIsTheExactNegativeOfTheOriginal() {
        AttributionOutcome weights = weights(ACME, 1, INITECH, 2);
        Commission original = Commission.on(Money.of("100.05", "EUR"), BasisPoints.of(1250), weights);

        Commission refund = Commission.on(Money.of("-100.05", "EUR"), BasisPoints.of(1250), weights);

        assertThat(refund.amount()).isEqualTo(original.amount().negate());
        original.commissionByReferrer().forEach((referrer, share) ->
                assertThat(refund.commissionByReferrer().get(referrer)).isEqualTo(share.negate()));
        original.revenueByReferrer().forEach((referrer, share) ->
                assertThat(refund.revenueByReferrer().get(referrer)).isEqualTo(share.negate()));
    }

    @Test
    void sharesThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new Commission(Money.of("100.00", "EUR"), TEN_PERCENT, Money.of("10.00", "EUR"),
                Map.of(ACME, Money.of("100.00", "EUR")), Map.of(ACME, Money.of("9.99", "EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
