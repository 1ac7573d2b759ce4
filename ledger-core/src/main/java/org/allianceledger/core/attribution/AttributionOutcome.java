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
 * @param weights    each referrer's weight in the order the referrers first appear among the credited
 *                   referrals; that order breaks ties when the commission is split. Empty when unattributed.
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

    public boolean isUnattributed() {
        return weights.isEmpty();
    }
}
