package org.allianceledger.core.posting;

import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.attribution.AttributionOutcome;
import org.allianceledger.core.attribution.Commission;
import org.allianceledger.core.attribution.Touch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.testing.RandomCases;
import org.allianceledger.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

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

    @Test
    void positionsAlwaysSumToZero() {
        RandomCases.run(random -> {
            Positions positions = Positions.start(EUR, PARTNERS);

            for (Postings postings : journal(random)) {
                positions = positions.post(postings);
                assertThat(positions.total().isZero()).isTrue();
            }
        });
    }

    @Test
    void reversingEveryTransactionBringsEveryPositionBackToZero() {
        RandomCases.run(random -> {
            List<Postings> journal = journal(random);
            Positions positions = Journals.postAll(Positions.start(EUR, PARTNERS), journal);

            Positions reversed = Journals.postAll(positions, journal.stream().map(Postings::reversed).toList());

            assertThat(reversed).isEqualTo(Positions.start(EUR, PARTNERS));
        });
    }

    /** Up to 30 spends, commissions and payments, as many of each kind. */
    private static List<Postings> journal(RandomInputs random) {
        return random.listOf(0, 30, () -> switch (random.between(0, 2)) {
            case 0 -> spend(random);
            case 1 -> commission(random);
            default -> payment(random);
        });
    }

    private static Postings spend(RandomInputs random) {
        Money amount = amount(random);
        return Postings.forSpend(random.oneOf(PARTNERS), amount, Allocation.split(amount, random.weightsOf(PARTNERS)));
    }

    /** Commission at a random rate on revenue credited to one to five referrals (the receiver's own ignored). */
    private static Postings commission(RandomInputs random) {
        PartnerId receiver = random.oneOf(PARTNERS);
        Money revenue = amount(random);
        List<Touch> credited = new ArrayList<>();
        Map<PartnerId, Integer> weights = new LinkedHashMap<>();
        random.listOf(1, 5, () -> random.oneOf(PARTNERS)).stream()
                .filter(referrer -> !referrer.equals(receiver))
                .forEach(referrer -> {
                    credited.add(new Touch(new UUID(0, credited.size()), referrer, receiver, Instant.EPOCH));
                    weights.merge(referrer, 1, Integer::sum);
                });
        AttributionOutcome attribution = weights.isEmpty() ? AttributionOutcome.unattributed()
                : new AttributionOutcome(credited, credited, weights);
        return Postings.forCommission(receiver, Commission.on(revenue, random.basisPoints(), attribution));
    }

    private static Postings payment(RandomInputs random) {
        PartnerId payer = random.oneOf(PARTNERS);
        return Postings.forSettlementPayment(payer, random.partnerOtherThan(payer, PARTNERS), amount(random));
    }

    private static Money amount(RandomInputs random) {
        return random.money(-10_000_000_00L, 10_000_000_00L);
    }
}
