package org.allianceledger.core.settlement;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Positions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;

/**
 * The payments that bring every position to zero: repeatedly the largest debtor (most negative position)
 * pays the largest creditor (most positive) the smaller of the two magnitudes; equal positions go in partner
 * order. Each payment zeroes at least one partner and the last zeroes two, so N partners need at most N-1.
 */
public record SettlementPlan(List<Transfer> transfers) {

    public SettlementPlan {
        transfers = List.copyOf(transfers);
    }

    public static SettlementPlan of(Positions positions) {
        return of(positions.balances(), positions.partners());
    }

    /**
     * @param positions    each partner's position, positive = the alliance owes the partner; must sum to zero
     * @param partnerOrder the alliance's partner order, which breaks ties; a partner missing from the
     *                     positions counts as zero
     */
    public static SettlementPlan of(Map<PartnerId, Money> positions, List<PartnerId> partnerOrder) {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(partnerOrder, "partnerOrder");
        Map<PartnerId, Money> open = inPartnerOrder(positions, partnerOrder);
        if (open.isEmpty()) {
            return new SettlementPlan(List.of());
        }
        Money sum = open.values().stream().reduce(Money::plus).orElseThrow();
        if (!sum.isZero()) {
            throw new IllegalArgumentException("positions must sum to zero to be settled, they sum to " + sum);
        }
        List<Transfer> transfers = new ArrayList<>();
        while (true) {
            Entry<PartnerId, Money> debtor = mostNegative(open);
            Entry<PartnerId, Money> creditor = mostPositive(open);
            if (!debtor.getValue().isNegative()) {
                // nobody owes, and as the positions sum to zero nobody is owed either
                break;
            }
            Money amount = debtor.getValue().negate().min(creditor.getValue());
            transfers.add(new Transfer(debtor.getKey(), creditor.getKey(), amount));
            open.put(debtor.getKey(), debtor.getValue().plus(amount));
            open.put(creditor.getKey(), creditor.getValue().minus(amount));
        }
        return new SettlementPlan(transfers);
    }

    private static Map<PartnerId, Money> inPartnerOrder(Map<PartnerId, Money> positions, List<PartnerId> partnerOrder) {
        if (new HashSet<>(partnerOrder).size() != partnerOrder.size()) {
            throw new IllegalArgumentException("each partner may be listed only once, got " + partnerOrder);
        }
        if (!partnerOrder.containsAll(positions.keySet())) {
            throw new IllegalArgumentException("positions name partners " + positions.keySet()
                    + " outside the alliance's partners " + partnerOrder);
        }
        Map<PartnerId, Money> ordered = new LinkedHashMap<>();
        partnerOrder.stream().filter(positions::containsKey).forEach(partner -> ordered.put(partner, positions.get(partner)));
        return ordered;
    }

    /** Strictly smaller only, so an equal position later in partner order does not displace an earlier one. */
    private static Entry<PartnerId, Money> mostNegative(Map<PartnerId, Money> open) {
        Entry<PartnerId, Money> chosen = null;
        for (Entry<PartnerId, Money> entry : open.entrySet()) {
            if (chosen == null || entry.getValue().compareTo(chosen.getValue()) < 0) {
                chosen = entry;
            }
        }
        return Map.entry(chosen.getKey(), chosen.getValue());
    }

    /** Strictly larger only, so ties go to the partner listed first. */
    private static Entry<PartnerId, Money> mostPositive(Map<PartnerId, Money> open) {
        Entry<PartnerId, Money> chosen = null;
        for (Entry<PartnerId, Money> entry : open.entrySet()) {
            if (chosen == null || entry.getValue().compareTo(chosen.getValue()) > 0) {
                chosen = entry;
            }
        }
        return Map.entry(chosen.getKey(), chosen.getValue());
    }
}
