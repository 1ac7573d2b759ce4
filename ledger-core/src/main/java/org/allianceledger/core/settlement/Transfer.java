package org.allianceledger.core.settlement;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.util.Objects;

/** One payment of a settlement plan: a partner who owes pays a partner who is owed. */
public record Transfer(PartnerId from, PartnerId to, Money amount) {

    public Transfer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (from.equals(to)) {
            throw new IllegalArgumentException("partner " + from + " cannot pay itself");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transfer moves a positive amount, got " + amount);
        }
    }
}
