package org.allianceledger.core.allocation;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.testing.RandomCases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationProperties {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void sharesAlwaysAddUpToTheAmount() {
        RandomCases.run(random -> {
            Money amount = random.money(-10_000_000_000L, 10_000_000_000L);
            List<Integer> weights = random.weights(1, 12, 1, 10000);

            Map<Integer, Money> shares = Allocation.split(amount, indexed(weights));

            assertThat(shares.values().stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(amount);
        });
    }

    @Test
    void eachShareIsWithinOneMinorUnitOfItsExactValue() {
        RandomCases.run(random -> {
            long cents = random.between(0, 10_000_000_000L);
            List<Integer> weights = random.weights(1, 12, 0, 10000);
            long total = weights.stream().mapToLong(Integer::longValue).sum();
            if (total == 0) {
                return;
            }

            Map<Integer, Money> shares = Allocation.split(Money.ofMinor(cents, EUR), indexed(weights));

            shares.forEach((index, share) -> {
                BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(weights.get(index)))
                        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
                assertThat(BigDecimal.valueOf(share.minorUnits()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
            });
        });
    }

    @Test
    void aReversalIsTheExactNegativeOfTheOriginal() {
        RandomCases.run(random -> {
            long cents = random.between(0, 10_000_000_000L);
            List<Integer> weights = random.weights(1, 8, 1, 10000);

            Map<Integer, Money> original = Allocation.split(Money.ofMinor(cents, EUR), indexed(weights));
            Map<Integer, Money> reversal = Allocation.split(Money.ofMinor(-cents, EUR), indexed(weights));

            original.forEach((index, share) -> assertThat(reversal.get(index)).isEqualTo(share.negate()));
        });
    }

    @Test
    void theSplitIsDeterministicAndKeepsKeyOrder() {
        RandomCases.run(random -> {
            Money amount = random.money(-10_000_000_000L, 10_000_000_000L);
            List<Integer> weights = random.weights(1, 12, 1, 10000);

            Map<Integer, Money> first = Allocation.split(amount, indexed(weights));
            Map<Integer, Money> second = Allocation.split(amount, indexed(weights));

            assertThat(first).isEqualTo(second);
            assertThat(first.keySet()).containsExactlyElementsOf(indexed(weights).keySet());
        });
    }

    @Test
    void zeroWeightsGetZero() {
        RandomCases.run(random -> {
            Money amount = random.money(-10_000_000_000L, 10_000_000_000L);
            List<Integer> weights = random.weights(2, 12, 0, 3);
            if (weights.stream().mapToInt(Integer::intValue).sum() == 0) {
                return;
            }

            Map<Integer, Money> shares = Allocation.split(amount, indexed(weights));

            shares.forEach((index, share) -> {
                if (weights.get(index) == 0) {
                    assertThat(share.isZero()).isTrue();
                }
            });
        });
    }

    /** The largest-remainder rule: a key rounded up never has a smaller remainder than one rounded down. */
    @Test
    void leftoverUnitsGoToTheLargestRemaindersThenToTheEarlierKey() {
        RandomCases.run(random -> {
            long cents = random.between(0, 10_000_000_000L);
            List<Integer> weights = random.weights(1, 12, 0, 10000);
            long total = weights.stream().mapToLong(Integer::longValue).sum();
            if (total == 0) {
                return;
            }

            Map<Integer, Money> shares = Allocation.split(Money.ofMinor(cents, EUR), indexed(weights));

            for (int up = 0; up < weights.size(); up++) {
                BigInteger[] exactUp = exactShare(cents, weights.get(up), total);
                if (shares.get(up).minorUnits() == exactUp[0].longValueExact()) {
                    continue;
                }
                for (int down = 0; down < weights.size(); down++) {
                    BigInteger[] exactDown = exactShare(cents, weights.get(down), total);
                    if (shares.get(down).minorUnits() != exactDown[0].longValueExact()) {
                        continue;
                    }
                    assertThat(exactUp[1]).isGreaterThanOrEqualTo(exactDown[1]);
                    if (exactUp[1].equals(exactDown[1])) {
                        assertThat(up).isLessThan(down);
                    }
                }
            }
        });
    }

    /** floor(cents x weight / total) and the remainder, the numerator of the fractional part. */
    private static BigInteger[] exactShare(long cents, int weight, long total) {
        return BigInteger.valueOf(cents).multiply(BigInteger.valueOf(weight)).divideAndRemainder(BigInteger.valueOf(total));
    }

    private static Map<Integer, Integer> indexed(List<Integer> weights) {
        Map<Integer, Integer> indexed = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            indexed.put(i, weights.get(i));
        }
        return indexed;
    }
}
