package org.allianceledger.api.reliability;

import org.allianceledger.api.support.Concurrently;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** RateLimitIT shows the limit one request at a time; this shows a busy key cannot starve a calm one. */
@TestPropertySource(properties = "ledger.rate-limit-per-minute=20") // the same context as RateLimitIT
class RateLimitUnderLoadIT extends RunningLedger {

    @Test
    void aKeyHammeringFromEightThreadsIsLimitedWhileAnotherKeysRequestsAllSucceed() {
        String busy = scenario.auditorKey();
        String calm = scenario.auditorKey();

        List<List<Integer>> statuses = Concurrently.run(9, thread -> IntStream.range(0, thread == 0 ? 15 : 25)
                .mapToObj(i -> http.get("/api/v1/alliances", thread == 0 ? calm : busy).status()).toList());

        assertThat(statuses.getFirst()).as("the calm key, during the storm").containsOnly(200);
        List<Integer> busyStatuses = statuses.subList(1, 9).stream().flatMap(List::stream).toList();
        assertThat(busyStatuses).containsOnly(200, 429);
        assertThat(busyStatuses.stream().filter(status -> status == 200).count()).as("the busy key's successes")
                .isBetween(1L, 25L);
        assertThat(busyStatuses.stream().filter(status -> status == 429).count()).isGreaterThanOrEqualTo(175);
    }
}
