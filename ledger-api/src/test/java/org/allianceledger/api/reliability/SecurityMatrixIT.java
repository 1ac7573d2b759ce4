package org.allianceledger.api.reliability;

import org.allianceledger.api.support.Endpoints;
import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every /api/v1 endpoint, read from Spring's mappings (a new endpoint is probed as soon as it exists): no key
 * and a revoked key get 401, an AUDITOR writing and a non-ADMIN administering get 403, each as a problem that
 * tells nothing about the alliance, and nothing is recorded. Another partner's key is covered on every
 * alliance-scoped endpoint by {@code PartnerIsolationIT}.
 */
class SecurityMatrixIT extends ReliabilityLedger {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointRefusesMissingRevokedAndUnderprivilegedKeysWithoutLeakingOrRecording() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String auditor = scenario.auditorKey();
        Http.Response revokedKey = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"PARTNER\", \"partnerId\": \"acme\"}");
        assertThat(http.delete("/api/v1/api-keys/" + revokedKey.text("keyId"), ADMIN_KEY).status()).isEqualTo(204);
        String revoked = revokedKey.text("secret");
        String victimKeyId = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"AUDITOR\"}").text("keyId");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String allianceId = alliance.substring(alliance.lastIndexOf('/') + 1);
        String campaign = scenario.fundedCampaign(alliance, "4321.09", acme, globex, initech);
        String campaignId = campaign.substring(campaign.lastIndexOf('/') + 1);
        String spendId = http.post(campaign + "/spend", globex, """
                {"amount": {"amount": "987.65", "currency": "EUR"}, "category": "ADS", "vendor": "Secret Vendor",
                 "invoiceRef": "I-1", "incurredOn": "2027-01-10"}""").text("spendId");
        Map<String, String> realIds = Map.of("{allianceId}", allianceId, "{campaignId}", campaignId,
                "{spendId}", spendId, "{conversionId}", spendId, "{amendmentId}", spendId, "{partnerId}", "acme",
                "{keyId}", victimKeyId, "{name}", "campaigns");
        List<String> secrets = List.of(allianceId, campaignId, spendId, "4321.09", "987.65", "Secret Vendor",
                "Spring launch 2027", "acme", "globex", "initech");
        long before = storedEvents();

        Set<String> endpoints = Endpoints.under(mappings, "/api/v1/");
        List<String> probed = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (Map.Entry<String, String> id : realIds.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            assertThat(path).as(endpoint + " has only known path parameters").doesNotContain("{");
            boolean write = !method.equals("GET");
            boolean admin = path.matches("/api/v1/(partners|api-keys|admin)(/.*)?");
            expectRefused(endpoint + " without a key", 401, send(method, path, null), secrets);
            expectRefused(endpoint + " with a revoked key", 401, send(method, path, revoked), secrets);
            if (write || admin) {
                expectRefused(endpoint + " as AUDITOR", 403, send(method, path, auditor), secrets);
            }
            if (admin) {
                expectRefused(endpoint + " as PARTNER", 403, send(method, path, acme), secrets);
            }
            probed.add(endpoint);
        }

        assertThat(probed).as("endpoints probed").hasSizeGreaterThan(30);
        assertThat(storedEvents()).as("nothing recorded by refused requests").isEqualTo(before);
        assertThat(http.get(alliance, acme).status()).as("the victim key still works, so the 401s meant something")
                .isEqualTo(200);
    }

    /** A valid-looking body for writes: the refusal must come before the body is even read. */
    private Http.Response send(String method, String path, String key) {
        byte[] body = method.equals("GET") ? null : "{\"reason\": \"probe\"}".getBytes(StandardCharsets.UTF_8);
        return http.send(method, path, key, body == null ? null : "application/json", body, Map.of());
    }

    private static void expectRefused(String what, int status, Http.Response response, List<String> secrets) {
        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(response.body().path("type").asText()).as(what).isNotBlank();
        for (String secret : secrets) {
            assertThat(response.raw()).as(what + " tells nothing about the alliance").doesNotContain(secret);
        }
    }
}
