package org.allianceledger.api.projection;

import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral moves one segment of each projection; the other segments have nothing to do and store their
 * tokens every second, so progress (and the lag gauges read from it) shows every projection caught up soon
 * after. With Axon's default of 5 s an idle segment showed its projection behind for up to 5 s.
 */
class ProjectionProgressIT extends RunningLedger {

    @Test
    void progressShowsEveryProjectionCaughtUpWithinTwoAndAHalfSecondsOfTheNewestEvent() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        awaitProjections();

        assertThat(http.post(alliance + "/referrals", globex, """
                {"referralId": "%s", "toPartner": "acme", "customerRef": "progress-1", "occurredAt": "2027-02-01T10:00:00Z"}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(201);

        awaitProjections(Duration.ofMillis(2500));
    }
}
