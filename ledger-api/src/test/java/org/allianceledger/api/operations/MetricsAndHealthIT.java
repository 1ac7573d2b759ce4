package org.allianceledger.api.operations;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.api.support.LedgerScenario.proposal;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator scrapes and probes, after real traffic. */
class MetricsAndHealthIT extends RunningLedger {

    @Test
    void healthCoversTheDatabaseAndEveryEventProcessor() {
        Http.Response health = http.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.body().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.body().at("/components/eventProcessors/status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusShowsCommandsEventsProjectionsRetriesAndRefusals() throws Exception {
        String acme = scenario.partnerKey("acme");
        scenario.partnerKey("globex");
        scenario.partnerKey("initech");
        String id = UUID.randomUUID().toString();
        http.post("/api/v1/alliances", acme, proposal(id), Map.of("Idempotency-Key", "metrics-1"));
        http.post("/api/v1/alliances", acme, proposal(id), Map.of("Idempotency-Key", "metrics-1"));
        http.post("/api/v1/alliances/" + id + "/acceptance", acme, "");
        http.get("/api/v1/alliances", "alk_wrong");
        awaitProjections();

        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port() + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(metrics)
                .contains("ledger_commands_seconds_bucket{command=\"ProposeAlliance\",outcome=\"ok\"")
                .contains("ledger_commands_seconds_count{command=\"AcceptAlliance\",outcome=\"already-accepted\"}")
                .contains("ledger_events_stored ")
                .contains("ledger_projection_lag_events{projection=\"journal\"}")
                .contains("ledger_projection_lag_seconds{projection=\"journal\"}")
                .contains("ledger_projection_events_done{projection=\"campaigns\"}")
                .contains("ledger_idempotent_replays_total 1.0")
                .containsPattern("ledger_authentication_failures_total [1-9]")
                .contains("ledger_rate_limited_total");
    }
}
