package org.allianceledger.core.settlement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.posting.Positions;
import org.allianceledger.core.posting.Postings;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementPlanProperties {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Property
    void applyingThePlanZeroesEveryPositionInAtMostNMinusOneTransfers(@ForAll("balancedPositions") Positions positions) {
        SettlementPlan plan = SettlementPlan.of(positions);

        Positions settled = positions.postAll(plan.transfers().stream()
                .map(transfer -> Postings.forSettlementPayment(transfer.from(), transfer.to(), transfer.amount()))
                .toList());

        assertThat(settled.balances().values()).allMatch(Money::isZero);
        assertThat(plan.transfers()).hasSizeLessThanOrEqualTo(positions.partners().size() - 1);
    }

    @Property
    void debtorsOnlyPayAndCreditorsOnlyReceive(@ForAll("balancedPositions") Positions positions) {
        SettlementPlan plan = SettlementPlan.of(positions);

        assertThat(plan.transfers()).allSatisfy(transfer -> {
            assertThat(positions.balanceOf(transfer.from()).isNegative()).isTrue();
            assertThat(positions.balanceOf(transfer.to()).isPositive()).isTrue();
        });
    }

    @Property
    void thePlanIsDeterministic(@ForAll("balancedPositions") Positions positions) {
        assertThat(SettlementPlan.of(positions)).isEqualTo(SettlementPlan.of(positions));
    }

    /** Two to eight partners; the last takes the opposite of the others' sum, so they balance. */
    @Provide
    Arbitrary<Positions> balancedPositions() {
        Arbitrary<Long> cents = Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000_00L, 1_000_000_00L),
                Arbitraries.of(0L, 100L, -100L));
        return cents.list().ofMinSize(1).ofMaxSize(7).map(others -> {
            Map<PartnerId, Money> balances = new LinkedHashMap<>();
            long sum = 0;
            for (int i = 0; i < others.size(); i++) {
                balances.put(PartnerId.of("p" + i), Money.ofMinor(others.get(i), EUR));
                sum += others.get(i);
            }
            balances.put(PartnerId.of("p" + others.size()), Money.ofMinor(-sum, EUR));
            return new Positions(EUR, balances);
        });
    }
}
