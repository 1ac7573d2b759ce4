package org.allianceledger.core.settlement;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Journals;
import org.allianceledger.core.posting.Journals.Journal;
import org.allianceledger.core.posting.Positions;
import org.allianceledger.core.posting.Postings;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settles the positions real journals produce (spends, commissions, payments and their reversals between two
 * to six partners), rather than arbitrary balanced numbers.
 */
class SettlementOfJournalsProperties {

    @Property
    void payingThePlanZeroesEveryPosition(@ForAll("journals") Journal journal) {
        Positions positions = journal.positions();

        Positions settled = positions.postAll(SettlementPlan.of(positions).transfers().stream()
                .map(transfer -> Postings.forSettlementPayment(transfer.from(), transfer.to(), transfer.amount()))
                .toList());

        assertThat(settled).isEqualTo(Positions.start(Journals.EUR, journal.partners()));
    }

    @Property
    void atMostOneTransferFewerThanThereArePartners(@ForAll("journals") Journal journal) {
        assertThat(SettlementPlan.of(journal.positions()).transfers()).hasSizeLessThan(journal.partners().size());
    }

    @Property
    void everyTransferIsPositiveAndNoMoreThanThePayerOwesOrThePayeeIsOwed(@ForAll("journals") Journal journal) {
        Positions positions = journal.positions();

        assertThat(SettlementPlan.of(positions).transfers()).allSatisfy(transfer -> {
            assertThat(transfer.amount().isPositive()).isTrue();
            assertThat(transfer.amount()).isLessThanOrEqualTo(positions.balanceOf(transfer.from()).negate());
            assertThat(transfer.amount()).isLessThanOrEqualTo(positions.balanceOf(transfer.to()));
        });
    }

    /** Ties are broken by the partner order given, never by how the positions map happens to iterate. */
    @Property
    void thePlanDependsOnlyOnThePositionsAndThePartnerOrder(@ForAll("journals") Journal journal) {
        Map<PartnerId, Money> balances = journal.positions().balances();

        SettlementPlan plan = SettlementPlan.of(balances, journal.partners());

        assertThat(SettlementPlan.of(new HashMap<>(balances), journal.partners())).isEqualTo(plan);
        assertThat(SettlementPlan.of(new TreeMap<>(balances), journal.partners())).isEqualTo(plan);
    }

    @Provide
    Arbitrary<Journal> journals() {
        return Journals.ofAlliancesOf2To6Partners();
    }
}
