package org.allianceledger.core.allocation;

import org.allianceledger.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationTest {

    private static Map<String, Integer> weights(Object... keysAndWeights) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            weights.put((String) keysAndWeights[i], (Integer) keysAndWeights[i + 1]);
        }
        return weights;
    }

    @Test
    void theDesignExampleSplitsAHundredOverThreeByLargestRemainder() {
        Map<String, Money> shares = Allocation.split(Money.of("100.00", "EUR"),
                weights("acme", 3334, "globex", 3333, "initech", 3333));

        assertThat(shares).containsExactly(
                Map.entry("acme", Money.of("33.34", "EUR")),
                Map.entry("globex", Money.of("33.33", "EUR")),
                Map.entry("initech", Money.of("33.33", "EUR")));
    }

    @Test
    void leftoverCentsGoToTheLargestRemaindersThenToTheFirstPartner() {
        // 0.05 over three equal weights: 1.666.. cents each; the two cents left go to the first two partners
        Map<String, Money> shares = Allocation.split(Money.of("0.05", "EUR"), weights("a", 1, "b", 1, "c", 1));

        assertThat(shares.values()).containsExactly(Money.of("0.02", "EUR"), Money.of("0.02", "EUR"),
                Money.of("0.01", "EUR"));
    }

    @Test
    void theLargestRemainderWinsOverPartnerOrder() {
        // 0.10 by 1/2/7 of 10 -> exact 0.01 / 0.02 / 0.07; by 15/15/70 of 100 -> 0.015 / 0.015 / 0.07
        Map<String, Money> shares = Allocation.split(Money.of("0.10", "EUR"), weights("a", 15, "b", 15, "c", 70));

        assertThat(shares.values()).containsExactly(Money.of("0.02", "EUR"), Money.of("0.01", "EUR"),
                Money.of("0.07", "EUR"));
    }

    @Test
    void aNegativeAmountSplitsAsTheExactNegativeOfThePositiveSplit() {
        Map<String, Integer> weights = weights("acme", 3334, "globex", 3333, "initech", 3333);

        Map<String, Money> reversal = Allocation.split(Money.of("-100.00", "EUR"), weights);

        assertThat(reversal.values()).containsExactly(Money.of("-33.34", "EUR"), Money.of("-33.33", "EUR"),
                Money.of("-33.33", "EUR"));
    }

    @Test
    void aZeroWeightGetsNothing() {
        assertThat(Allocation.split(Money.of("10.00", "EUR"), weights("a", 0, "b", 10000)))
                .containsEntry("a", Money.of("0.00", "EUR"))
                .containsEntry("b", Money.of("10.00", "EUR"));
    }

    @Test
    void allZeroWeightsCannotSplitAnything() {
        assertThatThrownBy(() -> Allocation.split(Money.of("10.00", "EUR"), weights("a", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesComeBackInTheGivenKeyOrder() {
        Map<String, Money> shares = Allocation.split(Money.of("10.00", "EUR"), weights("zeta", 1, "alpha", 1, "mid", 2));

        assertThat(shares.keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(shares).isInstanceOf(LinkedHashMap.class);
    }

    @Test
    void equalRemaindersAreBrokenByTheGivenKeyOrder() {
        Map<String, Money> shares = Allocation.split(Money.of("0.01", "EUR"), weights("c", 1, "a", 1));

        assertThat(shares).containsExactly(Map.entry("c", Money.of("0.01", "EUR")), Map.entry("a", Money.of("0.00", "EUR")));
    }

    @Test
    void aCurrencyWithoutDecimalsSplitsInWholeUnits() {
        assertThat(Allocation.split(Money.of("100", "JPY"), weights("a", 1, "b", 1, "c", 1)).values())
                .containsExactly(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY"));
    }

    @Test
    void zeroSplitsIntoZeros() {
        assertThat(Allocation.split(Money.of("0.00", "EUR"), weights("a", 5000, "b", 5000)).values())
                .containsOnly(Money.of("0.00", "EUR"));
    }

    @Test
    void attributionWeightsSplitLikeBasisPoints() {
        // LINEAR: two referrals from a, one from b
        assertThat(Allocation.split(Money.of("100.00", "EUR"), weights("a", 2, "b", 1)).values())
                .containsExactly(Money.of("66.67", "EUR"), Money.of("33.33", "EUR"));
    }

    @Test
    void negativeWeightsAndEmptyWeightsAreRejected() {
        assertThatThrownBy(() -> Allocation.split(Money.of("10.00", "EUR"), weights("a", -1, "b", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero or positive");
        assertThatThrownBy(() -> Allocation.split(Money.of("10.00", "EUR"), weights()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
