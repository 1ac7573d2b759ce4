package org.allianceledger.core.settlement;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Journals;
import org.allianceledger.core.posting.Positions;
import org.allianceledger.core.posting.Postings;
import org.allianceledger.core.testing.RandomCases;
import org.allianceledger.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementPlanProperties {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void applyingThePlanZeroesEveryPositionInAtMostNMinusOneTransfers() {
        RandomCases.run(random -> {
            Positions positions = balancedPositions(random);
            SettlementPlan plan = SettlementPlan.of(positions);

            Positions settled = Journals.postAll(positions, plan.transfers().stream()
                    .map(transfer -> Postings.forSettlementPayment(transfer.from(), transfer.to(), transfer.amount()))
                    .toList());

            assertThat(settled.balances().values()).allMatch(Money::isZero);
            assertThat(plan.transfers()).hasSizeLessThanOrEqualTo(positions.partners().size() - 1);
        });
    }

    @Test
    void debtorsOnlyPayAndCreditorsOnlyReceive() {
        RandomCases.run(random -> {
            Positions positions = balancedPositions(random);
            SettlementPlan plan = SettlementPlan.of(positions);

            assertThat(plan.transfers()).allSatisfy(transfer -> {
                assertThat(positions.balances().get(transfer.from()).isNegative()).isTrue();
                assertThat(positions.balances().get(transfer.to()).isPositive()).isTrue();
            });
        });
    }

    @Test
    void thePlanIsDeterministic() {
        RandomCases.run(random -> {
            Positions positions = balancedPositions(random);

            assertThat(SettlementPlan.of(positions)).isEqualTo(SettlementPlan.of(positions));
        });
    }

    /**
     * Two to eight partners; the last takes the opposite of the others' sum, so they balance. Half of the
     * others' balances are zero or exactly one euro either way, so that ties and settled partners are common.
     */
    private static Positions balancedPositions(RandomInputs random) {
        List<Long> others = random.listOf(1, 7, () -> random.oneIn(2) ? random.oneOf(List.of(0L, 100L, -100L))
                : random.between(-1_000_000_00L, 1_000_000_00L));
        Map<PartnerId, Money> balances = new LinkedHashMap<>();
        long sum = 0;
        for (int i = 0; i < others.size(); i++) {
            balances.put(PartnerId.of("p" + i), Money.ofMinor(others.get(i), EUR));
            sum += others.get(i);
        }
        balances.put(PartnerId.of("p" + others.size()), Money.ofMinor(-sum, EUR));
        return new Positions(EUR, balances);
    }
}
