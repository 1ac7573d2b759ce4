package org.allianceledger.api.campaign;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.util.List;
import java.util.Map;

/** One partner's share of an amount. */
public record ShareLine(PartnerId partnerId, Money share) {

    static List<ShareLine> of(Map<PartnerId, Money> shares) {
        return shares.entrySet().stream().map(e -> new ShareLine(e.getKey(), e.getValue())).toList();
    }
}
