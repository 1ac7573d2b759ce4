package org.allianceledger.core.posting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.attribution.Commission;
import org.allianceledger.core.attribution.AttributionOutcome;
import org.allianceledger.core.attribution.Touch;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<PartnerId> PARTNERS =
            List.of(PartnerId.of("p0"), PartnerId.of("p1"), PartnerId.of("p2"), PartnerId.of("p3"));

    @Property
    void positionsAlwaysSumToZero(@ForAll("journals") List<Postings> journal) {
        Positions positions = Positions.start(EUR, PARTNERS);

        for (Postings postings : journal) {
            positions = positions.post(postings);
            assertThat(positions.total().isZero()).isTrue();
        }
    }

    @Property
    void reversingEveryTransactionBringsEveryPositionBackToZero(@ForAll("journals") List<Postings> journal) {
        Positions positions = Positions.start(EUR, PARTNERS).postAll(journal);

        Positions reversed = positions.postAll(journal.stream().map(Postings::reversed).toList());

        assertThat(reversed).isEqualTo(Positions.start(EUR, PARTNERS));
    }

    @Provide
    Arbitrary<List<Postings>> journals() {
        return Arbitraries.oneOf(spends(), commissions(), payments()).list().ofMaxSize(30);
    }

    private Arbitrary<Postings> spends() {
        Arbitrary<List<Integer>> weights = Arbitraries.integers().between(0, 10_000).list().ofSize(PARTNERS.size())
                .filter(list -> list.stream().mapToInt(Integer::intValue).sum() > 0);
        return Combinators.combine(partner(), amount(), weights).as((payer, amount, weightList) -> {
            Map<PartnerId, Integer> byPartner = new LinkedHashMap<>();
            for (int i = 0; i < PARTNERS.size(); i++) {
                byPartner.put(PARTNERS.get(i), weightList.get(i));
            }
            return Postings.forSpend(payer, amount, Allocation.split(amount, byPartner));
        });
    }

    private Arbitrary<Postings> commissions() {
        return Combinators.combine(partner(), amount(), Arbitraries.integers().between(0, 10_000),
                partner().list().ofMinSize(1).ofMaxSize(5)).as((receiver, revenue, rate, referrers) -> {
            List<Touch> credited = new ArrayList<>();
            Map<PartnerId, Integer> weights = new LinkedHashMap<>();
            referrers.stream().filter(referrer -> !referrer.equals(receiver)).forEach(referrer -> {
                credited.add(new Touch(new UUID(0, credited.size()), referrer, receiver, Instant.EPOCH));
                weights.merge(referrer, 1, Integer::sum);
            });
            AttributionOutcome attribution = weights.isEmpty() ? AttributionOutcome.unattributed()
                    : new AttributionOutcome(credited, credited, weights);
            return Postings.forCommission(receiver, Commission.on(revenue, BasisPoints.of(rate), attribution));
        });
    }

    private Arbitrary<Postings> payments() {
        return Combinators.combine(partner(), partner(), amount())
                .filter((payer, payee, amount) -> !payer.equals(payee))
                .as(Postings::forSettlementPayment);
    }

    private static Arbitrary<PartnerId> partner() {
        return Arbitraries.of(PARTNERS);
    }

    private static Arbitrary<Money> amount() {
        return Arbitraries.longs().between(-10_000_000_00L, 10_000_000_00L).map(cents -> Money.ofMinor(cents, EUR));
    }
}
