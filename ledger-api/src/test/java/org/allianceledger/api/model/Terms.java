package org.allianceledger.api.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms as the model keeps them: from which date, each partner's cost share and the commission rate in basis
 * points, and how commission is attributed (FIRST_TOUCH, LAST_TOUCH or LINEAR over lookbackDays).
 */
record Terms(LocalDate effectiveFrom, Map<String, Integer> costShareBps, int commissionBps, String attribution,
             int lookbackDays) {

    static final int WHOLE = 10000;

    Terms {
        costShareBps = Collections.unmodifiableMap(new LinkedHashMap<>(costShareBps));
    }

    /** The shares name exactly the alliance's partners and add up to 10000. */
    boolean sharesFit(List<String> partners) {
        return costShareBps.keySet().equals(new HashSet<>(partners))
                && costShareBps.values().stream().mapToInt(Integer::intValue).sum() == WHOLE;
    }

    /** The cost-share weights in the alliance's partner order, the order that breaks ties. */
    Map<String, Integer> weightsIn(List<String> partners) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        partners.forEach(partner -> weights.put(partner, costShareBps.get(partner)));
        return weights;
    }

    Map<String, Object> json() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("effectiveFrom", effectiveFrom.toString());
        terms.put("costShareBps", costShareBps);
        terms.put("referralCommissionBps", commissionBps);
        terms.put("attribution", Map.of("model", attribution, "lookbackDays", lookbackDays));
        return terms;
    }
}
