package org.allianceledger.api.projection;

import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command sent with an Idempotency-Key commits with the request's transaction, after Axon's own unit of
 * work. The event reader that feeds the projections used to be woken at the unit of work's end, found
 * nothing committed yet and slept its whole fetch delay: every keyed write reached the balances a second or
 * more after its answer. It is woken at the commit now.
 */
class KeyedWritesReachTheViewsIT extends RunningLedger {

    @Test
    void aKeyedPaymentShowsInTheBalancesWellWithinTheSecondTheReaderUsedToSleep() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        awaitProjections();

        long fastest = Long.MAX_VALUE;
        for (int payment = 1; payment <= 3; payment++) {
            assertThat(http.post(alliance + "/settlement-payments", acme, """
                    {"toPartner": "globex", "amount": {"amount": "1.00", "currency": "EUR"}, "paidOn": "2027-04-01",
                     "reference": "WIRE-%d"}""".formatted(payment), Map.of("Idempotency-Key", "latency-" + UUID.randomUUID()))
                    .status()).isEqualTo(201);
            long answered = System.nanoTime();
            BigDecimal paid = BigDecimal.valueOf(payment).setScale(2);
            await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> acmeBalance(alliance, acme).compareTo(paid) == 0);
            fastest = Math.min(fastest, Duration.ofNanos(System.nanoTime() - answered).toMillis());
        }

        assertThat(fastest).as("milliseconds from a keyed payment's answer to acme's balance showing it")
                .isLessThan(700);
    }

    private BigDecimal acmeBalance(String alliance, String acme) {
        return http.get(alliance + "/balances", acme).body().path("balances").valueStream()
                .filter(balance -> balance.path("partnerId").asText().equals("acme"))
                .map(balance -> new BigDecimal(balance.at("/balance/amount").asText()))
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
