package org.allianceledger.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.allianceledger.api.support.LedgerScenario.proposal;
import static org.assertj.core.api.Assertions.assertThat;

class EventHistoryIT extends RunningLedger {

    @Test
    void theHistoryListsEveryFactWithWhoRecordedItPageByPage() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String id = UUID.randomUUID().toString();
        http.post("/api/v1/alliances", acme, proposal(id), Map.of("X-Correlation-Id", "corr-propose-1"));
        http.post("/api/v1/alliances/" + id + "/acceptance", globex, "");
        http.post("/api/v1/alliances/" + id + "/acceptance", initech, "");

        JsonNode first = http.get("/api/v1/alliances/" + id + "/events?limit=2", scenario.auditorKey()).body();
        JsonNode rest = http.get("/api/v1/alliances/" + id + "/events?afterSequence="
                + first.path("nextAfterSequence").asLong(), globex).body();

        assertThat(first.path("events").findValuesAsText("type")).containsExactly("AllianceProposed", "AllianceAccepted");
        assertThat(first.at("/events/0/partner").asText()).isEqualTo("acme");
        assertThat(first.at("/events/0/correlationId").asText()).isEqualTo("corr-propose-1");
        assertThat(first.at("/events/0/payload/terms/costShareBps/acme").asInt()).isEqualTo(5000);
        assertThat(first.at("/events/1/partner").asText()).isEqualTo("globex");
        assertThat(first.at("/events/0/chainHash").asText()).hasSize(64);
        assertThat(first.at("/events/1/chainHash").asText()).isNotEqualTo(first.at("/events/0/chainHash").asText());
        assertThat(rest.path("events").findValuesAsText("type")).containsExactly("AllianceAccepted", "AllianceActivated");
        assertThat(rest.path("nextAfterSequence").isNull()).isTrue();
        assertThat(http.get("/api/v1/alliances/" + id + "/events", scenario.partnerKey("umbrella")).status())
                .isEqualTo(404);
    }
}
