package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's money rules, written again from the design rather than taken from ledger-core, so that the
 * model is an independent oracle. A split gives each key its exact share rounded down to the cent, then the
 * cents left over one each to the largest dropped fractions, ties to the key listed first. Commission is the
 * revenue times the rate, rounded half-even to the cent.
 */
final class Split {

    static final int CENT_SCALE = 2;
    static final RoundingMode SHARE_ROUNDING = RoundingMode.FLOOR;
    static final RoundingMode COMMISSION_ROUNDING = RoundingMode.HALF_EVEN;
    /** Far finer than any fraction of a cent a split over at most 10000 weight units can leave. */
    private static final int EXACT_SCALE = 20;
    private static final BigDecimal CENT = BigDecimal.ONE.movePointLeft(CENT_SCALE);

    private Split() {
    }

    /** A positive amount over the weights (in tie-breaking order); the shares come back in that order. */
    static Map<String, BigDecimal> byWeights(BigDecimal amount, Map<String, Integer> weights) {
        BigDecimal total = BigDecimal.valueOf(weights.values().stream().mapToInt(Integer::intValue).sum());
        List<Part> parts = new ArrayList<>();
        BigDecimal handedOut = BigDecimal.ZERO.setScale(CENT_SCALE);
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            BigDecimal exact = amount.multiply(BigDecimal.valueOf(weight.getValue()))
                    .divide(total, EXACT_SCALE, RoundingMode.DOWN);
            BigDecimal rounded = exact.setScale(CENT_SCALE, SHARE_ROUNDING);
            parts.add(new Part(weight.getKey(), rounded, exact.subtract(rounded), parts.size()));
            handedOut = handedOut.add(rounded);
        }
        int leftoverCents = amount.subtract(handedOut).divide(CENT).intValueExact();
        List<Part> byDroppedFraction = new ArrayList<>(parts);
        byDroppedFraction.sort(Comparator.comparing(Part::dropped).reversed().thenComparing(Part::order));
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        parts.forEach(part -> shares.put(part.key(), part.rounded()));
        for (int i = 0; i < leftoverCents; i++) {
            shares.merge(byDroppedFraction.get(i).key(), CENT, BigDecimal::add);
        }
        return shares;
    }

    static BigDecimal commission(BigDecimal revenue, int bps) {
        return revenue.multiply(BigDecimal.valueOf(bps)).divide(BigDecimal.valueOf(Terms.WHOLE))
                .setScale(CENT_SCALE, COMMISSION_ROUNDING);
    }

    static Map<String, BigDecimal> negated(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> negated = new LinkedHashMap<>();
        amounts.forEach((key, amount) -> negated.put(key, amount.negate()));
        return negated;
    }

    private record Part(String key, BigDecimal rounded, BigDecimal dropped, int order) {
    }
}
