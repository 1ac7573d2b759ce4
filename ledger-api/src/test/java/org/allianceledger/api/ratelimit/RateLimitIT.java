package org.allianceledger.api.ratelimit;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.UUID;

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

    @Test
    void everyAnswerToAKeyTellsItsLimitWhatIsLeftAndWhenAllIsBack() {
        String key = scenario.auditorKey();

        Http.Response found = http.get("/api/v1/alliances", key);
        Http.Response missing = http.get("/api/v1/alliances/" + UUID.randomUUID(), key);
        Http.Response refused = http.post("/api/v1/alliances", key, "{}");

        assertThat(List.of(found.status(), missing.status(), refused.status())).containsExactly(200, 404, 403);
        assertThat(List.of(found, missing, refused)).allSatisfy(answer -> {
            assertThat(answer.header("RateLimit-Limit")).isEqualTo("20");
            assertThat(Long.parseLong(answer.header("RateLimit-Reset"))).isBetween(1L, 60L);
        });
        assertThat(List.of(found, missing, refused)).extracting(answer -> answer.header("RateLimit-Remaining"))
                .containsExactly("19", "18", "17");
        Http.Response last = null;
        for (int i = 0; i < 18; i++) {
            last = http.get("/api/v1/alliances", key);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(last.header("RateLimit-Reset"))).isBetween(55L, 60L);
    }
}
