package org.allianceledger.api.idempotency;

import org.allianceledger.api.support.Concurrently;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What a partner system relies on when it retries: Idempotency-Key, If-Match, and the body limit. */
class RetriesAndVersionsIT extends RunningLedger {

    private String acme;
    private String globex;
    private String alliance;
    private String campaign;

    @BeforeEach
    void fundedCampaign() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        alliance = scenario.activeAlliance(acme, globex, initech);
        campaign = scenario.fundedCampaign(alliance, "1000.00", acme, globex, initech);
    }

    @Test
    void aRetriedPostHasOneEffectAndGetsTheSameResponse() {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();

        Http.Response first = http.post(campaign + "/spend", globex, spend("INV-1"), Map.of("Idempotency-Key", key));
        Http.Response retry = http.post(campaign + "/spend", globex, spend("INV-1"), Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry ORDER BY globalindex DESC LIMIT 1")
                .query(String.class).single()).contains("\"idempotencyKey\":\"" + key + "\"");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejected() {
        String key = UUID.randomUUID().toString();
        http.post(campaign + "/spend", globex, spend("INV-2"), Map.of("Idempotency-Key", key));

        Http.Response reused = http.post(campaign + "/spend", globex, spend("INV-3"), Map.of("Idempotency-Key", key));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problem()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void keysBelongToTheCallingApiKey() {
        String key = UUID.randomUUID().toString();
        http.post(campaign + "/spend", globex, spend("INV-4"), Map.of("Idempotency-Key", key));

        Http.Response other = http.post(campaign + "/spend", acme, spend("INV-5"), Map.of("Idempotency-Key", key));

        assertThat(other.status()).isEqualTo(201);
        assertThat(other.text("payer")).isEqualTo("acme");
    }

    @Test
    void concurrentRequestsWithOneKeyHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        List<Future<Http.Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                responses.add(pool.submit(() ->
                        http.post(campaign + "/spend", globex, spend("INV-6"), Map.of("Idempotency-Key", key))));
            }
        }

        for (Future<Http.Response> response : responses) {
            assertThat(response.get().status()).isEqualTo(201);
            assertThat(response.get().body()).isEqualTo(responses.getFirst().get().body());
        }
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheCurrentOneAccepted() {
        String etag = http.get(alliance, acme).header("ETag");
        http.post(campaign + "/spend", globex, spend("INV-7"));
        long before = storedEvents();

        Http.Response stale = http.post(campaign + "/spend", acme, spend("INV-8"), Map.of("If-Match", etag));
        String current = http.get(alliance, acme).header("ETag");
        Http.Response fresh = http.post(campaign + "/spend", acme, spend("INV-8"), Map.of("If-Match", current));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problem()).isEqualTo("version-mismatch");
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(fresh.header("ETag")).isNotEqualTo(current);
    }

    @Test
    void ofWritesRacingWithOneIfMatchExactlyOneIsAccepted() {
        String etag = http.get(alliance, acme).header("ETag");
        long before = storedEvents();

        List<Http.Response> answers = Concurrently.run(8, racer -> http.post(campaign + "/spend", acme,
                spend("RACE-" + racer), Map.of("If-Match", etag)));

        assertThat(answers).extracting(Http.Response::status).containsOnly(201, 412).containsOnlyOnce(201);
        assertThat(answers).filteredOn(answer -> answer.status() == 412).extracting(Http.Response::problem)
                .containsOnly("version-mismatch");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aBodyOver64KiBIsRefused() {
        String huge = "{\"reason\": \"" + "x".repeat(70 * 1024) + "\"}";

        Http.Response refused = http.post(alliance + "/suspension", acme, huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.problem()).isEqualTo("body-too-large");
    }

    private static String spend(String invoice) {
        return """
                {"amount": {"amount": "10.00", "currency": "EUR"}, "category": "ADS", "vendor": "Ad Network",
                 "invoiceRef": "%s", "incurredOn": "2027-01-10"}""".formatted(invoice);
    }
}
