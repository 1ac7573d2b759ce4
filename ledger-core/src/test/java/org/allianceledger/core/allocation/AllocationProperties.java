package org.allianceledger.core.allocation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.allianceledger.core.money.Money;

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

    @Property
    void sharesAlwaysAddUpToTheAmount(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long cents,
                                      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 10000) Integer> weights) {
        Money amount = Money.ofMinor(cents, EUR);

        Map<Integer, Money> shares = Allocation.split(amount, indexed(weights));

        assertThat(shares.values().stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(amount);
    }

    @Property
    void eachShareIsWithinOneMinorUnitOfItsExactValue(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 10000) Integer> weights) {
        if (weights.stream().mapToInt(Integer::intValue).sum() == 0) {
            return;
        }
        long total = weights.stream().mapToLong(Integer::longValue).sum();

        Map<Integer, Money> shares = Allocation.split(Money.ofMinor(cents, EUR), indexed(weights));

        shares.forEach((index, share) -> {
            BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(weights.get(index)))
                    .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            assertThat(BigDecimal.valueOf(share.minorUnits()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        });
    }

    @Property
    void aReversalIsTheExactNegativeOfTheOriginal(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents,
                                                  @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 10000) Integer> weights) {
        Map<Integer, Money> original = Allocation.split(Money.ofMinor(cents, EUR), indexed(weights));
        Map<Integer, Money> reversal = Allocation.split(Money.ofMinor(-cents, EUR), indexed(weights));

        original.forEach((index, share) -> assertThat(reversal.get(index)).isEqualTo(share.negate()));
    }

    @Property
    void theSplitIsDeterministicAndKeepsKeyOrder(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long cents,
                                                 @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 10000) Integer> weights) {
        Money amount = Money.ofMinor(cents, EUR);

        Map<Integer, Money> first = Allocation.split(amount, indexed(weights));
        Map<Integer, Money> second = Allocation.split(amount, indexed(weights));

        assertThat(first).isEqualTo(second);
        assertThat(first.keySet()).containsExactlyElementsOf(indexed(weights).keySet());
    }

    @Property
    void zeroWeightsGetZero(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long cents,
                            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 3) Integer> weights) {
        if (weights.stream().mapToInt(Integer::intValue).sum() == 0) {
            return;
        }

        Map<Integer, Money> shares = Allocation.split(Money.ofMinor(cents, EUR), indexed(weights));

        shares.forEach((index, share) -> {
            if (weights.get(index) == 0) {
                assertThat(share.isZero()).isTrue();
            }
        });
    }

    /** The largest-remainder rule: a key rounded up never has a smaller remainder than one rounded down. */
    @Property
    void leftoverUnitsGoToTheLargestRemaindersThenToTheEarlierKey(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 10000) Integer> weights) {
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
