package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settlement plan by the design's rule: the largest debtor pays the largest creditor, ties by partner order. */
final class Settlement {

    private Settlement() {
    }

    /**
     * @param positions each partner's position in the alliance's partner order (positive: the alliance owes it)
     * @return the transfers as {@code "from->to amount"}
     */
    static List<String> plan(Map<String, BigDecimal> positions) {
        Map<String, BigDecimal> open = new LinkedHashMap<>(positions);
        List<String> transfers = new ArrayList<>();
        while (true) {
            String debtor = null;
            String creditor = null;
            for (Map.Entry<String, BigDecimal> position : open.entrySet()) {
                if (debtor == null || position.getValue().compareTo(open.get(debtor)) < 0) {
                    debtor = position.getKey();
                }
                if (creditor == null || position.getValue().compareTo(open.get(creditor)) > 0) {
                    creditor = position.getKey();
                }
            }
            if (debtor == null || open.get(debtor).signum() >= 0) {
                return transfers;
            }
            BigDecimal amount = open.get(debtor).negate().min(open.get(creditor));
            transfers.add(debtor + "->" + creditor + " " + amount.toPlainString());
            open.merge(debtor, amount, BigDecimal::add);
            open.merge(creditor, amount.negate(), BigDecimal::add);
        }
    }
}
