package org.allianceledger.core.posting;

import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.testing.RandomInputs;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random journals of alliances with two to six partners: spends split by {@link Allocation} over random
 * weights, commissions and settlement payments, each possibly negative as a reversal or refund posts it.
 * Shared by the posting and the settlement properties, so both reason about the same journals.
 */
public final class Journals {

    public static final Currency EUR = RandomInputs.EUR;

    /** Deliberately not alphabetical, so alliance order and sorted order differ. */
    private static final List<PartnerId> NAMES = List.of(PartnerId.of("umbrella"), PartnerId.of("acme"),
            PartnerId.of("initech"), PartnerId.of("globex"), PartnerId.of("hooli"), PartnerId.of("cyberdyne"));

    private Journals() {
    }

    /** The partners of one alliance, in its order, and the transactions booked in it. */
    public record Journal(List<PartnerId> partners, List<Postings> transactions) {

        public Positions positions() {
            return postAll(Positions.start(EUR, partners), transactions);
        }
    }

    /** The positions after posting each transaction in turn. */
    public static Positions postAll(Positions positions, Iterable<Postings> transactions) {
        Positions after = positions;
        for (Postings postings : transactions) {
            after = after.post(postings);
        }
        return after;
    }

    /** Up to 40 spends, commissions and payments, as many of each kind, in an alliance of two to six partners. */
    public static Journal journal(RandomInputs random) {
        List<PartnerId> partners = alliance(random);
        return new Journal(partners, random.listOf(0, 40, () -> switch (random.between(0, 2)) {
            case 0 -> spend(random, partners);
            case 1 -> commission(random, partners);
            default -> payment(random, partners);
        }));
    }

    public static List<PartnerId> alliance(RandomInputs random) {
        return NAMES.subList(0, random.between(2, NAMES.size()));
    }

    /** A spend, or its reversal when the amount is negative, split over random cost-share weights. */
    public static Postings spend(RandomInputs random, List<PartnerId> partners) {
        PartnerId payer = random.oneOf(partners);
        Money amount = amount(random);
        return Postings.forSpend(payer, amount, Allocation.split(amount, random.weightsOf(partners)));
    }

    /**
     * Commission owed by a receiving partner to some of the others; the sign is shared by all referrers,
     * as a refund reverses the whole commission. No referrer chosen is an unattributed conversion.
     */
    public static Postings commission(RandomInputs random, List<PartnerId> partners) {
        PartnerId receiver = random.oneOf(partners);
        long sign = random.oneIn(2) ? 1 : -1;
        Map<PartnerId, Money> commissionByReferrer = new LinkedHashMap<>();
        for (PartnerId partner : partners) {
            long cents = random.between(0, 1_000_000_00L);
            if (random.oneIn(2) && !partner.equals(receiver)) {
                commissionByReferrer.put(partner, Money.ofMinor(sign * cents, EUR));
            }
        }
        return Postings.forCommission(receiver, commissionByReferrer);
    }

    public static Postings payment(RandomInputs random, List<PartnerId> partners) {
        PartnerId payer = random.oneOf(partners);
        return Postings.forSettlementPayment(payer, random.partnerOtherThan(payer, partners), amount(random));
    }

    /** Up to ten million euros either way; half of the amounts are zero or one cent either way. */
    public static Money amount(RandomInputs random) {
        return random.oneIn(2) ? Money.ofMinor(random.oneOf(List.of(0L, 1L, -1L)), EUR)
                : random.money(-10_000_000_00L, 10_000_000_00L);
    }
}
