package org.allianceledger.api.audit;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain written with every event exposes a payload altered with SQL, and a deleted event. The tests
 * tamper with the database, so a property of their own gives them their own Spring context and database; the
 * untampered check runs first.
 */
@TestPropertySource(properties = "ledger.snapshot-threshold=1000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperEvidenceIT extends RunningLedger {

    @Test
    @Order(1)
    void anUntouchedLedgerVerifies() {
        String alliance = activeAllianceWithSpend();
        String auditor = scenario.auditorKey();

        Http.Response all = http.get("/api/v1/audit/verify", auditor);
        Http.Response one = http.get("/api/v1/audit/verify?allianceId=" + id(alliance), scenario.partnerKey("acme"));

        assertThat(all.body().path("ok").asBoolean()).isTrue();
        assertThat(all.body().path("eventsChecked").asLong()).isGreaterThanOrEqualTo(one.body().path("eventsChecked").asLong());
        assertThat(one.body().path("ok").asBoolean()).isTrue();
        assertThat(one.body().path("eventsChecked").asLong()).isEqualTo(8);
        assertThat(http.get("/api/v1/audit/verify", scenario.partnerKey("acme")).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/verify?allianceId=" + id(alliance), scenario.partnerKey("umbrella")).status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void oneAlteredPayloadByteIsNamed() {
        String alliance = activeAllianceWithSpend();
        jdbc.sql("""
                        UPDATE domainevententry SET payload = overlay(payload placing '\\x20'::bytea from 10 for 1)
                        WHERE aggregateidentifier = :id AND sequencenumber = 4""")
                .param("id", id(alliance)).update();

        Http.Response verification = http.get("/api/v1/audit/verify?allianceId=" + id(alliance), scenario.auditorKey());

        assertThat(verification.body().path("ok").asBoolean()).isFalse();
        assertThat(verification.body().at("/firstMismatch/allianceId").asText()).isEqualTo(id(alliance));
        assertThat(verification.body().at("/firstMismatch/sequence").asLong()).isEqualTo(4);
    }

    @Test
    @Order(3)
    void aDeletedEventBreaksTheChain() {
        String alliance = activeAllianceWithSpend();
        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 3")
                .param("id", id(alliance)).update();

        Http.Response verification = http.get("/api/v1/audit/verify?allianceId=" + id(alliance), scenario.auditorKey());

        assertThat(verification.body().path("ok").asBoolean()).isFalse();
        assertThat(verification.body().at("/firstMismatch/sequence").asLong()).isEqualTo(3);
        assertThat(verification.body().at("/firstMismatch/reason").asText()).contains("deleted");
    }

    /** Proposed, accepted twice, activated, a campaign launched, three commitments: 8 events, sequence 0 to 7. */
    private String activeAllianceWithSpend() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "100.00", acme);
        assertThat(http.post(campaign + "/commitments", globex, "{\"amount\": {\"amount\": \"100.00\", \"currency\": \"EUR\"}}")
                .status()).isEqualTo(200);
        assertThat(http.post(campaign + "/commitments", initech, "{\"amount\": {\"amount\": \"100.00\", \"currency\": \"EUR\"}}")
                .status()).isEqualTo(200);
        return alliance;
    }

    private static String id(String alliancePath) {
        return alliancePath.substring(alliancePath.lastIndexOf('/') + 1);
    }
}
