package org.allianceledger.core.posting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Journals.Journal;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-entry invariants for alliances of two to six partners, reversals and refunds included. */
class PositionsOfAnyAllianceProperties {

    @Property
    void positionsSumToZeroAfterEveryTransaction(@ForAll("journals") Journal journal) {
        Positions positions = Positions.start(Journals.EUR, journal.partners());

        for (Postings transaction : journal.transactions()) {
            positions = positions.post(transaction);
            assertThat(positions.total()).isEqualTo(Money.zero(Journals.EUR));
        }
        assertThat(positions.partners()).containsExactlyElementsOf(journal.partners());
    }

    @Property
    void postingEveryReversalLastToFirstUndoesTheJournal(@ForAll("journals") Journal journal) {
        List<Postings> reversals = journal.transactions().stream().map(Postings::reversed).toList().reversed();

        Positions undone = journal.positions().postAll(reversals);

        assertThat(undone).isEqualTo(Positions.start(Journals.EUR, journal.partners()));
    }

    @Property
    void aSpendHasOneLinePerPartnerInAllianceOrderNettedForThePayer(@ForAll("spends") Spend spend) {
        Map<PartnerId, Money> shares = Allocation.split(spend.amount(), spend.weights());

        Postings postings = Postings.forSpend(spend.payer(), spend.amount(), shares);

        assertThat(postings.lines()).extracting(Posting::partner).containsExactlyElementsOf(spend.weights().keySet());
        postings.lines().forEach(line -> {
            Money paid = line.partner().equals(spend.payer()) ? spend.amount() : Money.zero(Journals.EUR);
            assertThat(line.amount()).isEqualTo(paid.minus(shares.get(line.partner())));
        });
    }

    /** What a SpendReversed event books: the negated amount, split the same way, is the exact opposite. */
    @Property
    void aSpendReversalIsTheExactOppositeOfTheSpend(@ForAll("spends") Spend spend) {
        Money reversed = spend.amount().negate();

        Postings original = Postings.forSpend(spend.payer(), spend.amount(), Allocation.split(spend.amount(), spend.weights()));
        Postings reversal = Postings.forSpend(spend.payer(), reversed, Allocation.split(reversed, spend.weights()));

        assertThat(reversal).isEqualTo(original.reversed());
    }

    @Provide
    Arbitrary<Journal> journals() {
        return Journals.ofAlliancesOf2To6Partners();
    }

    @Provide
    Arbitrary<Spend> spends() {
        return Journals.alliances().flatMap(partners -> Combinators.combine(
                Arbitraries.of(partners), Journals.amounts(), Journals.weights(partners)).as(Spend::new));
    }

    record Spend(PartnerId payer, Money amount, Map<PartnerId, Integer> weights) {
    }
}
