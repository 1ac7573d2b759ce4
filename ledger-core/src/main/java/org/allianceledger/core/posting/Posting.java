package org.allianceledger.core.posting;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.util.Objects;

/**
 * One line of a journal transaction: the change of one partner's position. Positive means the alliance
 * owes the partner more (it paid for others or earned commission); negative means it owes more itself.
 */
public record Posting(PartnerId partner, Money amount) {

    public Posting {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(amount, "amount");
    }

    public Posting negate() {
        return new Posting(partner, amount.negate());
    }
}
