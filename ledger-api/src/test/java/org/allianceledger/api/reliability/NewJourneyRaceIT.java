package org.allianceledger.api.reliability;

import org.allianceledger.api.support.Concurrently;
import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals that race to open a new customer's journey: the one that loses the creation of the event stream is
 * decided again on the journey the winner created, so every referral is recorded (once) and none answers 5xx.
 */
class NewJourneyRaceIT extends ReliabilityLedger {

    private static final int RACERS = 8;

    @Test
    void referralsRacingToOpenAJourneyAreAllRecordedOnce() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);

        for (int customer = 0; customer < 5; customer++) {
            String customerRef = "race-" + customer;
            List<String> ids = IntStream.range(0, RACERS).mapToObj(racer -> UUID.randomUUID().toString()).toList();
            List<Http.Response> answers = Concurrently.run(RACERS, racer -> http.post(alliance + "/referrals", globex, """
                    {"referralId": "%s", "toPartner": "acme", "customerRef": "%s", "occurredAt": "2027-02-01T10:00:00Z"}"""
                    .formatted(ids.get(racer), customerRef)));

            assertThat(answers).extracting(Http.Response::status).as(customerRef).containsOnly(201);
            for (String id : ids) {
                assertThat(events().countOf("ReferralRecorded", id)).as(id).isEqualTo(1);
            }
        }
    }
}
