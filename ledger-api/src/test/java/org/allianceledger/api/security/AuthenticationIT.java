package org.allianceledger.api.security;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.allianceledger.api.support.LedgerScenario.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuthenticationIT extends RunningLedger {

    /** LEDGER_API_KEY_CACHE_TTL's default. */
    private static final Duration CACHE_BOUND = Duration.ofSeconds(5);

    @Test
    void aRequestWithoutAKeyOrWithAnUnknownKeyIsUnauthenticated() {
        assertThat(http.get("/api/v1/alliances", null).status()).isEqualTo(401);
        Http.Response unknown = http.get("/api/v1/alliances", "alk_not-a-key");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.problem()).isEqualTo("unauthenticated");
    }

    @Test
    void aRevokedKeyNoLongerWorks() {
        Http.Response issued = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"AUDITOR\"}");
        String secret = issued.text("secret");
        assertThat(http.get("/api/v1/alliances", secret).status()).isEqualTo(200);

        assertThat(http.delete("/api/v1/api-keys/" + issued.text("keyId"), ADMIN_KEY).status()).isEqualTo(204);

        assertThat(http.get("/api/v1/alliances", secret).status()).isEqualTo(401);
        assertThat(http.delete("/api/v1/api-keys/" + issued.text("keyId"), ADMIN_KEY).status()).isEqualTo(404);
    }

    @Test
    void aKeyRevokedByAnotherInstanceStopsWorkingHereWithinTheCacheBound() {
        Http.Response issued = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"AUDITOR\"}");
        String secret = issued.text("secret");
        assertThat(http.get("/api/v1/alliances", secret).status()).isEqualTo(200);

        jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE key_id = :id").param("id", issued.text("keyId")).update();

        await().atMost(CACHE_BOUND.plusSeconds(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/v1/alliances", secret).status() == 401);
    }

    @Test
    void onlyTheStoredHashOfAKeyIsKept() {
        String secret = scenario.auditorKey();

        long matches = jdbc.sql("SELECT count(*) FROM api_key WHERE secret_hash = :secret OR key_id = :secret")
                .param("secret", secret).query(Long.class).single();

        assertThat(matches).isZero();
    }

    @Test
    void anAuditorReadsEveryAllianceButWritesNothing() {
        String acme = scenario.partnerKey("acme");
        scenario.partnerKey("globex");
        scenario.partnerKey("initech");
        String auditor = scenario.auditorKey();
        String id = UUID.randomUUID().toString();
        assertThat(http.post("/api/v1/alliances", acme, proposal(id)).status()).isEqualTo(201);

        assertThat(http.get("/api/v1/alliances/" + id, auditor).status()).isEqualTo(200);
        Http.Response write = http.post("/api/v1/alliances", auditor, proposal(UUID.randomUUID().toString()));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.problem()).isEqualTo("forbidden-for-role");
    }

    @Test
    void onlyAnAdministratorRegistersPartnersAndIssuesKeys() {
        String acme = scenario.partnerKey("acme");

        assertThat(http.post("/api/v1/partners", acme, "{\"partnerId\": \"evil\", \"name\": \"Evil\"}").status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/api-keys", acme, "{\"role\": \"ADMIN\"}").status()).isEqualTo(403);
    }

    @Test
    void aPartnerKeyNeedsARegisteredPartner() {
        Http.Response unknown = http.post("/api/v1/api-keys", ADMIN_KEY,
                "{\"role\": \"PARTNER\", \"partnerId\": \"nobody\"}");
        Http.Response missing = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"PARTNER\"}");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problem()).isEqualTo("unknown-partner");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void aPartnerIdMustBeASlug() {
        Http.Response invalid = http.post("/api/v1/partners", ADMIN_KEY, "{\"partnerId\": \"Acme Corp\", \"name\": \"Acme\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().at("/errors/0/field").asText()).isEqualTo("partnerId");
    }

    @Test
    void registeringAPartnerTwiceIsAConflict() {
        scenario.partnerKey("acme");

        Http.Response again = http.post("/api/v1/partners", ADMIN_KEY, "{\"partnerId\": \"acme\", \"name\": \"Acme\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("partner-already-registered");
    }
}
