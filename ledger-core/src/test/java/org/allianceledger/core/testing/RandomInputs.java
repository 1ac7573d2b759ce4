package org.allianceledger.core.testing;

import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * The inputs of one random case. Numbers favour their edges: one draw in {@value #EDGE_ONE_IN} is the
 * smallest or largest value of its range, the one next to it, or zero, one or minus one (one cent, for
 * money) where the range holds them; lists are as often as that at their shortest or longest, so the
 * largest amounts and alliances of the most partners are always among the cases.
 */
public final class RandomInputs {

    public static final Currency EUR = Currency.getInstance("EUR");
    static final int EDGE_ONE_IN = 8;

    private final SplittableRandom random;

    RandomInputs(SplittableRandom random) {
        this.random = random;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        if (oneIn(EDGE_ONE_IN)) {
            return oneOf(edges(min, max));
        }
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    /** Any long, for ids. */
    public long anyLong() {
        return between(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** True once in {@code n} draws. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(List.of(type.getEnumConstants()));
    }

    /** From {@code minSize} to {@code maxSize} elements, each drawn by {@code element}. */
    public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
        int size = oneIn(EDGE_ONE_IN) ? (oneIn(2) ? minSize : maxSize) : between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Euros from {@code minCents} to {@code maxCents} cents. */
    public Money money(long minCents, long maxCents) {
        return Money.ofMinor(between(minCents, maxCents), EUR);
    }

    /** A rate or share from 0 to 10000 basis points. */
    public BasisPoints basisPoints() {
        return BasisPoints.of(between(0, BasisPoints.WHOLE));
    }

    /**
     * Split weights. One list in {@value #EDGE_ONE_IN} has all weights equal, the odd split whose leftover
     * cents are given by partner order alone (100.00 in three is 33.34 / 33.33 / 33.33).
     */
    public List<Integer> weights(int minSize, int maxSize, int minWeight, int maxWeight) {
        if (oneIn(EDGE_ONE_IN)) {
            return Collections.nCopies(between(minSize, maxSize), between(Math.max(minWeight, 1), maxWeight));
        }
        return listOf(minSize, maxSize, () -> between(minWeight, maxWeight));
    }

    /** Cost-share weights from 0 to 10000 in the partners' order, at least one positive so an amount can be split. */
    public Map<PartnerId, Integer> weightsOf(List<PartnerId> partners) {
        List<Integer> weights;
        do {
            weights = weights(partners.size(), partners.size(), 0, BasisPoints.WHOLE);
        } while (weights.stream().allMatch(weight -> weight == 0));
        Map<PartnerId, Integer> byPartner = new LinkedHashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            byPartner.put(partners.get(i), weights.get(i));
        }
        return byPartner;
    }

    /** One of the partners other than {@code excluded}. */
    public PartnerId partnerOtherThan(PartnerId excluded, List<PartnerId> partners) {
        return oneOf(partners.stream().filter(partner -> !partner.equals(excluded)).toList());
    }

    /** A moment from {@code minHours} to {@code maxHours} whole hours after {@code anchor} (negative: before it). */
    public Instant hoursFrom(Instant anchor, long minHours, long maxHours) {
        return anchor.plus(Duration.ofHours(between(minHours, maxHours)));
    }

    private static List<Long> edges(long min, long max) {
        LongStream near = min < max ? LongStream.of(min, min + 1, max - 1, max) : LongStream.of(min);
        return LongStream.concat(near, LongStream.of(-1, 0, 1))
                .filter(value -> value >= min && value <= max)
                .distinct().boxed().toList();
    }
}
