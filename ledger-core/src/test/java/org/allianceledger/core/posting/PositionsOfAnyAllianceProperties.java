package org.allianceledger.core.posting;

import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Journals.Journal;
import org.allianceledger.core.testing.RandomCases;
import org.allianceledger.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-entry invariants for alliances of two to six partners, reversals and refunds included. */
class PositionsOfAnyAllianceProperties {

    @Test
    void positionsSumToZeroAfterEveryTransaction() {
        RandomCases.run(random -> {
            Journal journal = Journals.journal(random);
            Positions positions = Positions.start(Journals.EUR, journal.partners());

            for (Postings transaction : journal.transactions()) {
                positions = positions.post(transaction);
                assertThat(positions.total()).isEqualTo(Money.zero(Journals.EUR));
            }
            assertThat(positions.partners()).containsExactlyElementsOf(journal.partners());
        });
    }

    @Test
    void postingEveryReversalLastToFirstUndoesTheJournal() {
        RandomCases.run(random -> {
            Journal journal = Journals.journal(random);
            List<Postings> reversals = journal.transactions().stream().map(Postings::reversed).toList().reversed();

            Positions undone = Journals.postAll(journal.positions(), reversals);

            assertThat(undone).isEqualTo(Positions.start(Journals.EUR, journal.partners()));
        });
    }

    @Test
    void aSpendHasOneLinePerPartnerInAllianceOrderNettedForThePayer() {
        RandomCases.run(random -> {
            Spend spend = Spend.of(random);
            Map<PartnerId, Money> shares = Allocation.split(spend.amount(), spend.weights());

            Postings postings = Postings.forSpend(spend.payer(), spend.amount(), shares);

            assertThat(postings.lines()).extracting(Posting::partner).containsExactlyElementsOf(spend.weights().keySet());
            postings.lines().forEach(line -> {
                Money paid = line.partner().equals(spend.payer()) ? spend.amount() : Money.zero(Journals.EUR);
                assertThat(line.amount()).isEqualTo(paid.minus(shares.get(line.partner())));
            });
        });
    }

    /** What a SpendReversed event books: the negated amount, split the same way, is the exact opposite. */
    @Test
    void aSpendReversalIsTheExactOppositeOfTheSpend() {
        RandomCases.run(random -> {
            Spend spend = Spend.of(random);
            Money reversed = spend.amount().negate();

            Postings original = Postings.forSpend(spend.payer(), spend.amount(),
                    Allocation.split(spend.amount(), spend.weights()));
            Postings reversal = Postings.forSpend(spend.payer(), reversed, Allocation.split(reversed, spend.weights()));

            assertThat(reversal).isEqualTo(original.reversed());
        });
    }

    record Spend(PartnerId payer, Money amount, Map<PartnerId, Integer> weights) {

        static Spend of(RandomInputs random) {
            List<PartnerId> partners = Journals.alliance(random);
            return new Spend(random.oneOf(partners), Journals.amount(random), random.weightsOf(partners));
        }
    }
}
