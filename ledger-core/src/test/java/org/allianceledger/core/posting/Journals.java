package org.allianceledger.core.posting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

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

    public static final Currency EUR = Currency.getInstance("EUR");

    /** Deliberately not alphabetical, so alliance order and sorted order differ. */
    private static final List<PartnerId> NAMES = List.of(PartnerId.of("umbrella"), PartnerId.of("acme"),
            PartnerId.of("initech"), PartnerId.of("globex"), PartnerId.of("hooli"), PartnerId.of("cyberdyne"));

    private Journals() {
    }

    /** The partners of one alliance, in its order, and the transactions booked in it. */
    public record Journal(List<PartnerId> partners, List<Postings> transactions) {

        public Positions positions() {
            return Positions.start(EUR, partners).postAll(transactions);
        }
    }

    public static Arbitrary<Journal> ofAlliancesOf2To6Partners() {
        return alliances().flatMap(partners -> Arbitraries.oneOf(spends(partners), commissions(partners), payments(partners))
                .list().ofMaxSize(40)
                .map(transactions -> new Journal(partners, transactions)));
    }

    public static Arbitrary<List<PartnerId>> alliances() {
        return Arbitraries.integers().between(2, NAMES.size()).map(size -> NAMES.subList(0, size));
    }

    /** A spend, or its reversal when the amount is negative, split over random cost-share weights. */
    public static Arbitrary<Postings> spends(List<PartnerId> partners) {
        return Combinators.combine(Arbitraries.of(partners), amounts(), weights(partners))
                .as((payer, amount, weights) -> Postings.forSpend(payer, amount, Allocation.split(amount, weights)));
    }

    /** Weights in the alliance's partner order, at least one positive so the amount can be split. */
    public static Arbitrary<Map<PartnerId, Integer>> weights(List<PartnerId> partners) {
        return Arbitraries.integers().between(0, 10_000).list().ofSize(partners.size())
                .filter(list -> list.stream().anyMatch(weight -> weight > 0))
                .map(list -> {
                    Map<PartnerId, Integer> byPartner = new LinkedHashMap<>();
                    for (int i = 0; i < partners.size(); i++) {
                        byPartner.put(partners.get(i), list.get(i));
                    }
                    return byPartner;
                });
    }

    /**
     * Commission owed by a receiving partner to some of the others; the sign is shared by all referrers,
     * as a refund reverses the whole commission. No referrer chosen is an unattributed conversion.
     */
    public static Arbitrary<Postings> commissions(List<PartnerId> partners) {
        Arbitrary<List<Long>> cents = Arbitraries.longs().between(0, 1_000_000_00L).list().ofSize(partners.size());
        Arbitrary<List<Boolean>> referred = Arbitraries.of(true, false).list().ofSize(partners.size());
        return Combinators.combine(Arbitraries.of(partners), cents, referred, Arbitraries.of(1L, -1L))
                .as((receiver, amounts, isReferrer, sign) -> {
                    Map<PartnerId, Money> commissionByReferrer = new LinkedHashMap<>();
                    for (int i = 0; i < partners.size(); i++) {
                        if (isReferrer.get(i) && !partners.get(i).equals(receiver)) {
                            commissionByReferrer.put(partners.get(i), Money.ofMinor(sign * amounts.get(i), EUR));
                        }
                    }
                    return Postings.forCommission(receiver, commissionByReferrer);
                });
    }

    public static Arbitrary<Postings> payments(List<PartnerId> partners) {
        return Combinators.combine(Arbitraries.of(partners), Arbitraries.of(partners), amounts())
                .filter((payer, payee, amount) -> !payer.equals(payee))
                .as(Postings::forSettlementPayment);
    }

    public static Arbitrary<Money> amounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-10_000_000_00L, 10_000_000_00L),
                        Arbitraries.of(0L, 1L, -1L))
                .map(cents -> Money.ofMinor(cents, EUR));
    }
}
