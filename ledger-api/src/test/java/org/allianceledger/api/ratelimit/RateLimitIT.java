package org.allianceledger.api.ratelimit;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "ledger.rate-limit-per-minute=20")
class RateLimitIT extends RunningLedger {

    @Test
    void oneKeyOverItsLimitIsRefusedWithoutSlowingAnother() {
        String busy = scenario.auditorKey();
        String calm = scenario.auditorKey();

        Http.Response last = null;
        for (int i = 0; i < 21; i++) {
            last = http.get("/api/v1/alliances", busy);
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.problem()).isEqualTo("rate-limited");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(http.get("/api/v1/alliances", calm).status()).isEqualTo(200);
    }
}
