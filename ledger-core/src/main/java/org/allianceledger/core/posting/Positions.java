package org.allianceledger.core.posting;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each partner's position in an alliance, in the alliance's partner order: positive means the alliance owes
 * the partner. Immutable: {@link #post} returns the positions after one more journal transaction.
 */
public record Positions(Currency currency, Map<PartnerId, Money> balances) {

    public Positions {
        Objects.requireNonNull(currency, "currency");
        balances = Collections.unmodifiableMap(new LinkedHashMap<>(balances));
        balances.values().forEach(balance -> balance.assertCurrency(currency));
    }

    /** Every partner at zero, before anything was posted. */
    public static Positions start(Currency currency, List<PartnerId> partners) {
        Map<PartnerId, Money> balances = new LinkedHashMap<>();
        partners.forEach(partner -> {
            if (balances.put(partner, Money.zero(currency)) != null) {
                throw new IllegalArgumentException("partner " + partner + " is listed twice");
            }
        });
        return new Positions(currency, balances);
    }

    public Positions post(Postings postings) {
        Map<PartnerId, Money> after = new LinkedHashMap<>(balances);
        for (Posting line : postings.lines()) {
            Money before = after.get(line.partner());
            if (before == null) {
                throw new IllegalArgumentException("partner " + line.partner() + " has no position here; the partners are "
                        + balances.keySet());
            }
            after.put(line.partner(), before.plus(line.amount()));
        }
        return new Positions(currency, after);
    }

    /** The partners in alliance order. */
    public List<PartnerId> partners() {
        return List.copyOf(balances.keySet());
    }

    /** Zero whenever only balanced transactions were posted. */
    public Money total() {
        return Money.sum(currency, balances.values());
    }
}
