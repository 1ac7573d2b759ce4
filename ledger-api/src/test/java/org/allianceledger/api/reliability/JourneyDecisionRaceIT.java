package org.allianceledger.api.reliability;

import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Referrals and conversions are decided on the alliance's status and terms; these tests pause one transaction at
 * the worst moment and send the other. A conversion paused in its transaction holds the alliance: a suspension or
 * an amendment's last acceptance waits until the conversion committed, so the conversion was decided on the state
 * that held when it committed. A suspension paused in its transaction makes a conversion wait, then be decided
 * again on the suspended alliance.
 */
class JourneyDecisionRaceIT extends ReliabilityLedger {

    private static final String PAUSE = "journey_decision_pause";
    private static final String PAUSE_SECONDS = "3";

    private String acme;
    private String globex;
    private String initech;
    private String alliance;

    @BeforeEach
    void activeAlliance() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        initech = scenario.partnerKey("initech");
        alliance = scenario.activeAlliance(acme, globex, initech);
    }

    @AfterEach
    void removePauses() {
        jdbc.sql("DROP TRIGGER IF EXISTS " + PAUSE + " ON domainevententry").update();
        jdbc.sql("DROP TRIGGER IF EXISTS " + PAUSE + " ON alliance_directory").update();
        jdbc.sql("DROP FUNCTION IF EXISTS " + PAUSE + "()").update();
    }

    @Test
    void aSuspensionWaitsForAConversionDecidedWhileTheAllianceWasActive() throws Exception {
        String customer = pauseConversionsOf("before-suspension");

        CompletableFuture<Http.Response> conversion = pausedWhileSending(() ->
                http.post(alliance + "/conversions", globex, conversion(customer, "2027-02-01T09:30:00Z")));
        Http.Response suspension = http.post(alliance + "/suspension", acme, "{\"reason\": \"audit\"}");

        assertThat(pausedTransactions()).as("the suspension committed while the conversion had not").isZero();
        assertThat(suspension.status()).isEqualTo(200);
        assertThat(conversion.get().status()).isEqualTo(201);
        assertThat(http.post(alliance + "/conversions", globex, conversion("after-" + customer, "2027-02-01T09:30:00Z"))
                .problem()).isEqualTo("alliance-not-active");
    }

    @Test
    void anAmendmentsLastAcceptanceWaitsForAConversionPricedByTheTermsItReplaces() throws Exception {
        String amendment = alliance + "/amendments/" + proposeAmendmentFrom("2027-02-01");
        assertThat(http.post(amendment + "/acceptance", acme, "").status()).isEqualTo(200);
        String customer = pauseConversionsOf("before-amendment");

        CompletableFuture<Http.Response> conversion = pausedWhileSending(() ->
                http.post(alliance + "/conversions", globex, conversion(customer, "2027-02-10T09:30:00Z")));
        Http.Response lastAcceptance = http.post(amendment + "/acceptance", initech, "");

        assertThat(pausedTransactions()).as("the amendment was agreed while the conversion had not committed").isZero();
        assertThat(lastAcceptance.body().path("termsVersion").asInt()).isEqualTo(2);
        assertThat(conversion.get().body().path("termsVersion").asInt()).as("committed before the amendment")
                .isEqualTo(1);
        assertThat(http.post(alliance + "/conversions", globex, conversion("after-" + customer, "2027-02-10T09:30:00Z"))
                .body().path("termsVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aConversionSentWhileASuspensionIsCommittingIsDecidedOnTheSuspendedAlliance() throws Exception {
        pauseSuspensions();

        CompletableFuture<Http.Response> suspension = pausedWhileSending(() ->
                http.post(alliance + "/suspension", acme, "{\"reason\": \"audit\"}"));
        String customer = "during-suspension-" + UUID.randomUUID();
        Http.Response conversion = http.post(alliance + "/conversions", globex,
                conversion(customer, "2027-02-01T09:30:00Z"));

        assertThat(suspension.get().status()).isEqualTo(200);
        assertThat(conversion.status()).as(conversion.raw()).isEqualTo(422);
        assertThat(conversion.problem()).isEqualTo("alliance-not-active");
        assertThat(events().countOf("ConversionRecorded", customer)).isZero();
    }

    /** Pauses, in its own transaction, the storing of every conversion of customers named with this prefix. */
    private String pauseConversionsOf(String prefix) {
        String marker = prefix + "-" + UUID.randomUUID();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.payloadtype LIKE '%%ConversionRecorded'
                       AND convert_from(NEW.payload, 'UTF8') LIKE '%%"%s%%' THEN
                        PERFORM pg_sleep(%s);
                    END IF;
                    RETURN NEW;
                END $$""".formatted(PAUSE, marker, PAUSE_SECONDS)).update();
        jdbc.sql("CREATE TRIGGER %s BEFORE INSERT ON domainevententry FOR EACH ROW EXECUTE FUNCTION %s()"
                .formatted(PAUSE, PAUSE)).update();
        return marker;
    }

    /** Pauses a suspension after it changed the alliance's directory row, before it commits. */
    private void pauseSuspensions() {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.status = 'SUSPENDED' AND OLD.status <> 'SUSPENDED' THEN PERFORM pg_sleep(%s); END IF;
                    RETURN NEW;
                END $$""".formatted(PAUSE, PAUSE_SECONDS)).update();
        jdbc.sql("CREATE TRIGGER %s AFTER UPDATE ON alliance_directory FOR EACH ROW EXECUTE FUNCTION %s()"
                .formatted(PAUSE, PAUSE)).update();
    }

    /** Sends the request in the background and returns once its transaction is paused. */
    private CompletableFuture<Http.Response> pausedWhileSending(Supplier<Http.Response> request) {
        CompletableFuture<Http.Response> answer = CompletableFuture.supplyAsync(request);
        await().atMost(Duration.ofSeconds(10)).until(() -> pausedTransactions() > 0);
        return answer;
    }

    private long pausedTransactions() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'").query(Long.class).single();
    }

    private String proposeAmendmentFrom(String effectiveFrom) {
        String amendmentId = UUID.randomUUID().toString();
        Http.Response proposed = http.post(alliance + "/amendments", globex, """
                {"amendmentId": "%s", "terms": {"effectiveFrom": "%s",
                  "costShareBps": {"acme": 4000, "globex": 4000, "initech": 2000},
                  "referralCommissionBps": 1500, "attribution": {"model": "LINEAR", "lookbackDays": 60}}}"""
                .formatted(amendmentId, effectiveFrom));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        return amendmentId;
    }

    private static String conversion(String customer, String occurredAt) {
        return """
                {"customerRef": "%s", "revenue": {"amount": "250.00", "currency": "EUR"}, "occurredAt": "%s"}"""
                .formatted(customer, occurredAt);
    }
}
