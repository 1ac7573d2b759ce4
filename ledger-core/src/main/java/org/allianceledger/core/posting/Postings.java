package org.allianceledger.core.posting;

import org.allianceledger.core.attribution.Commission;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The double-entry journal transaction of one event: at most one line per partner, all in one currency,
 * summing to exactly zero, so that positions always sum to zero. An empty transaction moves nothing.
 */
public record Postings(List<Posting> lines) {

    public Postings {
        lines = List.copyOf(lines);
        assertOneLinePerPartner(lines);
        assertBalanced(lines);
    }

    /**
     * A spend: the payer is owed the whole amount, every partner owes its share. One line per partner of the
     * split, in the split's order (the alliance's partner order), netted for the payer; a partner with a zero
     * share who did not pay keeps its zero line, so every spend has one line per partner.
     *
     * @param split each partner's share of the amount, as stored on the spend; must add up to the amount
     */
    public static Postings forSpend(PartnerId payer, Money amount, Map<PartnerId, Money> split) {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        if (!split.containsKey(payer)) {
            throw new IllegalArgumentException("the payer " + payer + " must be one of the partners sharing the spend "
                    + split.keySet());
        }
        Money splitTotal = Money.sum(amount.currency(), split.values());
        if (!splitTotal.equals(amount)) {
            throw new IllegalArgumentException("the shares add up to " + splitTotal + ", not to the spend of " + amount);
        }
        List<Posting> lines = new ArrayList<>();
        split.forEach((partner, share) -> {
            Money paid = partner.equals(payer) ? amount : Money.zero(amount.currency());
            lines.add(new Posting(partner, paid.minus(share)));
        });
        return new Postings(lines);
    }

    /**
     * Commission on a conversion: each referrer is owed its share, the receiving partner owes the total.
     * Lines: the referrers in the order given, then the receiving partner. No referrer, no lines.
     */
    public static Postings forCommission(PartnerId receivingPartner, Map<PartnerId, Money> commissionByReferrer) {
        Objects.requireNonNull(receivingPartner, "receivingPartner");
        if (commissionByReferrer.isEmpty()) {
            return new Postings(List.of());
        }
        if (commissionByReferrer.containsKey(receivingPartner)) {
            throw new IllegalArgumentException("partner " + receivingPartner + " cannot earn commission on its own conversion");
        }
        List<Posting> lines = new ArrayList<>();
        commissionByReferrer.forEach((referrer, commission) -> lines.add(new Posting(referrer, commission)));
        Money total = commissionByReferrer.values().stream().reduce(Money::plus).orElseThrow();
        lines.add(new Posting(receivingPartner, total.negate()));
        return new Postings(lines);
    }

    public static Postings forCommission(PartnerId receivingPartner, Commission commission) {
        return forCommission(receivingPartner, commission.commissionByReferrer());
    }

    /** A settlement payment: the payer has paid, so it is owed more; the payee has been paid, so it is owed less. */
    public static Postings forSettlementPayment(PartnerId payer, PartnerId payee, Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (Objects.equals(payer, payee)) {
            throw new IllegalArgumentException("partner " + payer + " cannot pay itself");
        }
        return new Postings(List.of(new Posting(payer, amount), new Posting(payee, amount.negate())));
    }

    /** The exact opposite transaction, as posted by a reversal or refund. */
    public Postings reversed() {
        return new Postings(lines.stream().map(Posting::negate).toList());
    }

    private static void assertOneLinePerPartner(List<Posting> lines) {
        Set<PartnerId> seen = new HashSet<>();
        for (Posting line : lines) {
            if (!seen.add(line.partner())) {
                throw new IllegalArgumentException("a journal transaction has one line per partner; "
                        + line.partner() + " appears twice");
            }
        }
    }

    private static void assertBalanced(List<Posting> lines) {
        if (lines.isEmpty()) {
            return;
        }
        // Money.plus throws CurrencyMismatch if the lines mix currencies
        Money sum = lines.stream().map(Posting::amount).reduce(Money::plus).orElseThrow();
        if (!sum.isZero()) {
            throw new IllegalArgumentException("a journal transaction must sum to zero, these lines sum to " + sum);
        }
    }
}
