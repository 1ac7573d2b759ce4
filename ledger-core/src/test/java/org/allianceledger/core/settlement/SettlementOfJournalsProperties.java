package org.allianceledger.core.settlement;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Journals;
import org.allianceledger.core.posting.Journals.Journal;
import org.allianceledger.core.posting.Positions;
import org.allianceledger.core.posting.Postings;
import org.allianceledger.core.testing.RandomCases;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settles the positions real journals produce (spends, commissions, payments and their reversals between two
 * to six partners), rather than arbitrary balanced numbers.
 */
class SettlementOfJournalsProperties {

    @Test
    void payingThePlanZeroesEveryPosition() {
        RandomCases.run(random -> {
            Journal journal = Journals.journal(random);
            Positions positions = journal.positions();

            Positions settled = Journals.postAll(positions, SettlementPlan.of(positions).transfers().stream()
                    .map(transfer -> Postings.forSettlementPayment(transfer.from(), transfer.to(), transfer.amount()))
                    .toList());

            assertThat(settled).isEqualTo(Positions.start(Journals.EUR, journal.partners()));
        });
    }

    @Test
    void atMostOneTransferFewerThanThereArePartners() {
        RandomCases.run(random -> {
            Journal journal = Journals.journal(random);

            assertThat(SettlementPlan.of(journal.positions()).transfers()).hasSizeLessThan(journal.partners().size());
        });
    }

    @Test
    void everyTransferIsPositiveAndNoMoreThanThePayerOwesOrThePayeeIsOwed() {
        RandomCases.run(random -> {
            Positions positions = Journals.journal(random).positions();

            assertThat(SettlementPlan.of(positions).transfers()).allSatisfy(transfer -> {
                assertThat(transfer.amount().isPositive()).isTrue();
                assertThat(transfer.amount()).isLessThanOrEqualTo(positions.balances().get(transfer.from()).negate());
                assertThat(transfer.amount()).isLessThanOrEqualTo(positions.balances().get(transfer.to()));
            });
        });
    }

    /** Ties are broken by the partner order given, never by how the positions map happens to iterate. */
    @Test
    void thePlanDependsOnlyOnThePositionsAndThePartnerOrder() {
        RandomCases.run(random -> {
            Journal journal = Journals.journal(random);
            Map<PartnerId, Money> balances = journal.positions().balances();

            SettlementPlan plan = SettlementPlan.of(balances, journal.partners());

            assertThat(SettlementPlan.of(new HashMap<>(balances), journal.partners())).isEqualTo(plan);
            assertThat(SettlementPlan.of(new TreeMap<>(balances), journal.partners())).isEqualTo(plan);
        });
    }
}
