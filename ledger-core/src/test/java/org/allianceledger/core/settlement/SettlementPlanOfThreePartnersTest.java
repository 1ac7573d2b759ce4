package org.allianceledger.core.settlement;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan a finance user would expect for the smallest interesting alliance, worked by hand. */
class SettlementPlanOfThreePartnersTest {

    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId GLOBEX = PartnerId.of("globex");
    static final PartnerId INITECH = PartnerId.of("initech");
    static final List<PartnerId> PARTNERS = List.of(ACME, GLOBEX, INITECH);

    static Map<PartnerId, Money> positions(String acme, String globex, String initech) {
        Map<PartnerId, Money> positions = new LinkedHashMap<>();
        positions.put(ACME, Money.of(acme, "EUR"));
        positions.put(GLOBEX, Money.of(globex, "EUR"));
        positions.put(INITECH, Money.of(initech, "EUR"));
        return positions;
    }

    @Test
    void oneDebtorPaysBothCreditorsLargestFirst() {
        SettlementPlan plan = SettlementPlan.of(positions("12.50", "-40.00", "27.50"), PARTNERS);

        assertThat(plan.transfers()).containsExactly(
                new Transfer(GLOBEX, INITECH, Money.of("27.50", "EUR")),
                new Transfer(GLOBEX, ACME, Money.of("12.50", "EUR")));
    }

    @Test
    void twoEqualCreditorsArePaidInPartnerOrder() {
        SettlementPlan plan = SettlementPlan.of(positions("25.00", "25.00", "-50.00"), PARTNERS);

        assertThat(plan.transfers()).containsExactly(
                new Transfer(INITECH, ACME, Money.of("25.00", "EUR")),
                new Transfer(INITECH, GLOBEX, Money.of("25.00", "EUR")));
    }

    @Test
    void twoEqualDebtorsPayInPartnerOrder() {
        SettlementPlan plan = SettlementPlan.of(positions("-0.01", "0.02", "-0.01"), PARTNERS);

        assertThat(plan.transfers()).containsExactly(
                new Transfer(ACME, GLOBEX, Money.of("0.01", "EUR")),
                new Transfer(INITECH, GLOBEX, Money.of("0.01", "EUR")));
    }

    @Test
    void anAlreadySettledAllianceNeedsNoTransfer() {
        assertThat(SettlementPlan.of(positions("0.00", "0.00", "0.00"), PARTNERS).transfers()).isEmpty();
    }
}
