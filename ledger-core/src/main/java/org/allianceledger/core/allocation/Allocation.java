package org.allianceledger.core.allocation;

import org.allianceledger.core.money.Money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount over ordered keys by integer weights, exactly: each key first gets
 * floor(amount x weight / total) in minor units; the minor units left over go one each to the largest
 * fractional remainders, ties to the key that comes first. So the shares always add up to the amount and
 * each is within one minor unit of its exact value. A negative amount is split as the exact negative of
 * the positive split, so a reversal undoes the original to the cent.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * @param weights the keys in their tie-breaking order (use a LinkedHashMap), each with a weight >= 0;
     *                at least one weight must be positive
     * @return each key's share, in the order of {@code weights}
     */
    public static <K> Map<K, Money> split(Money amount, Map<K, Integer> weights) {
        if (amount.isNegative()) {
            Map<K, Money> positive = split(amount.negate(), weights);
            Map<K, Money> negated = new LinkedHashMap<>();
            positive.forEach((key, share) -> negated.put(key, share.negate()));
            return negated;
        }
        BigInteger total = BigInteger.valueOf(weights.values().stream().mapToLong(Allocation::checked).sum());
        if (total.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive to split " + amount);
        }
        BigInteger minor = BigInteger.valueOf(amount.minorUnits());
        List<Part<K>> parts = new ArrayList<>();
        long allocated = 0;
        int position = 0;
        for (Map.Entry<K, Integer> weight : weights.entrySet()) {
            BigInteger[] division = minor.multiply(BigInteger.valueOf(weight.getValue())).divideAndRemainder(total);
            parts.add(new Part<>(weight.getKey(), division[0].longValueExact(), division[1], position++));
            allocated += division[0].longValueExact();
        }
        long leftover = amount.minorUnits() - allocated;
        List<Part<K>> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.<Part<K>, BigInteger>comparing(Part::remainder).reversed()
                .thenComparingInt(Part::position));
        Map<K, Long> extra = new LinkedHashMap<>();
        for (int i = 0; i < leftover; i++) {
            extra.merge(byRemainder.get(i).key(), 1L, Long::sum);
        }
        Map<K, Money> shares = new LinkedHashMap<>();
        for (Part<K> part : parts) {
            shares.put(part.key(), Money.ofMinor(part.floor() + extra.getOrDefault(part.key(), 0L), amount.currency()));
        }
        return shares;
    }

    private static long checked(Integer weight) {
        if (weight == null || weight < 0) {
            throw new IllegalArgumentException("weights must be zero or positive, got " + weight);
        }
        return weight;
    }

    private record Part<K>(K key, long floor, BigInteger remainder, int position) {
    }
}
