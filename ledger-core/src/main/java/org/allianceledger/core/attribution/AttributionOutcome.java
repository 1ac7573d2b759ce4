package org.allianceledger.core.attribution;

import org.allianceledger.core.partner.PartnerId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which referrals earn a conversion's commission.
 *
 * @param qualifying every referral inside the lookback window, in recording order
 * @param credited   the referrals that carry weight: one for FIRST_TOUCH and LAST_TOUCH, all for LINEAR
 * @param weights    each referrer's weight; the order of this map breaks ties when the commission is split
 *                   (see {@link #inPartnerOrder}). Empty when unattributed.
 */
public record AttributionOutcome(List<Touch> qualifying, List<Touch> credited, Map<PartnerId, Integer> weights) {

    private static final AttributionOutcome UNATTRIBUTED = new AttributionOutcome(List.of(), List.of(), Map.of());

    public AttributionOutcome {
        qualifying = List.copyOf(qualifying);
        credited = List.copyOf(credited);
        Objects.requireNonNull(weights, "weights");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (totalWeight != credited.size()) {
            throw new IllegalArgumentException("each credited referral carries weight 1: " + credited.size()
                    + " credited referrals but weights adding up to " + totalWeight);
        }
    }

    /** No referral qualifies: the conversion is recorded, but no commission is owed. */
    public static AttributionOutcome unattributed() {
        return UNATTRIBUTED;
    }

    /**
     * The same weights listed in the alliance's partner order: the allocation rule breaks ties between equal
     * remainders by partner order, for commission as for spend.
     */
    public AttributionOutcome inPartnerOrder(List<PartnerId> partners) {
        Map<PartnerId, Integer> ordered = new LinkedHashMap<>();
        partners.stream().filter(weights::containsKey).forEach(partner -> ordered.put(partner, weights.get(partner)));
        return new AttributionOutcome(qualifying, credited, ordered);
    }

    public boolean isUnattributed() {
        return weights.isEmpty();
    }
}
