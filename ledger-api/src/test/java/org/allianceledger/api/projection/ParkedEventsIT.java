package org.allianceledger.api.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a projection cannot write is parked: the projection goes on with every other alliance, the parked
 * event shows in the projection's progress, health and metrics, and an administrator retries it once the
 * cause is fixed. The cause here is a database trigger that refuses one vendor's spend lines, standing in for
 * any stored value a projection's table cannot take.
 */
class ParkedEventsIT extends RunningLedger {

    private static final String POISON_VENDOR = "Poison Ltd";

    /** Other tests share this database: nothing is left refused or parked for them. */
    @AfterEach
    void leaveNothingParked() {
        removeTheCause();
        http.post("/api/v1/admin/projections/campaigns/parked-events/retry", ADMIN_KEY, "");
    }

    @Test
    void anEventTheProjectionCannotWriteIsParkedWhileOtherAlliancesGoOnAndIsAppliedWhenRetried() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String parkedCampaign = scenario.fundedCampaign(scenario.activeAlliance(acme, globex, initech), "500.00",
                acme, globex, initech);
        String healthyCampaign = scenario.fundedCampaign(scenario.activeAlliance(acme, globex, initech), "500.00",
                acme, globex, initech);
        refuseSpendLinesOf(POISON_VENDOR);

        String poisoned = spend(parkedCampaign, acme, POISON_VENDOR, "INV-1");
        String behindIt = spend(parkedCampaign, acme, "Hall Rentals BV", "INV-2");
        String elsewhere = spend(healthyCampaign, acme, "Hall Rentals BV", "INV-3");
        awaitProjections();

        assertThat(spendLines(poisoned, behindIt, elsewhere)).as("the other alliance's spend is projected")
                .containsExactly(elsewhere);
        assertThat(progress("campaigns").path("parkedEvents").asLong()).isEqualTo(2);
        assertThat(progress("journal").path("parkedEvents").asLong()).as("other projections are untouched").isZero();
        JsonNode parked = http.get("/api/v1/admin/projections/campaigns/parked-events", ADMIN_KEY).body();
        assertThat(parked.path("data")).hasSize(2);
        assertThat(parked.path("data").get(0).path("eventType").asText()).isEqualTo("SpendRecorded");
        assertThat(parked.path("data").get(0).path("stream").asText()).isEqualTo(last(parkedCampaign, 2));
        assertThat(parked.path("data").get(0).path("causeMessage").asText()).contains("this spend cannot be written");
        assertThat(parked.path("hasMore").asBoolean()).isFalse();
        JsonNode health = http.get("/actuator/health", ADMIN_KEY).body();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/eventProcessors/details/campaigns").asText()).contains("2 events parked");
        assertThat(http.get("/actuator/prometheus", null).raw())
                .contains("ledger_projection_parked_events{projection=\"campaigns\"} 2.0");

        removeTheCause();
        Http.Response retried = http.post("/api/v1/admin/projections/campaigns/parked-events/retry", ADMIN_KEY, "");

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("applied").asLong()).isEqualTo(2);
        assertThat(retried.body().path("stillParked").asLong()).isZero();
        assertThat(spendLines(poisoned, behindIt, elsewhere)).containsExactlyInAnyOrder(poisoned, behindIt, elsewhere);
        assertThat(progress("campaigns").path("parkedEvents").asLong()).isZero();
        assertThat(jdbc.sql("SELECT spent FROM campaign_budget WHERE campaign_id = :campaign AND partner_id = 'acme'")
                .param("campaign", UUID.fromString(last(parkedCampaign, 0))).query(String.class).single())
                .as("acme's shares of both spends, each counted once").isEqualTo("20.0000");
    }

    @Test
    void aRetryThatFailsAgainKeepsTheEventsParkedInOrder() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String campaign = scenario.fundedCampaign(scenario.activeAlliance(acme, globex, initech), "500.00",
                acme, globex, initech);
        refuseSpendLinesOf(POISON_VENDOR);
        String poisoned = spend(campaign, acme, POISON_VENDOR, "INV-1");
        String behindIt = spend(campaign, acme, "Hall Rentals BV", "INV-2");
        awaitProjections();

        Http.Response retried = http.post("/api/v1/admin/projections/campaigns/parked-events/retry", ADMIN_KEY, "");

        assertThat(retried.body().path("applied").asLong()).isZero();
        assertThat(retried.body().path("stillParked").asLong()).isEqualTo(2);
        assertThat(spendLines(poisoned, behindIt)).isEmpty();
        assertThat(http.get("/api/v1/admin/projections/nothing/parked-events", ADMIN_KEY).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/projections/campaigns/parked-events", acme).status()).isEqualTo(403);
    }

    private void removeTheCause() {
        jdbc.sql("DROP TRIGGER IF EXISTS refuse_poison ON spend_line").update();
        jdbc.sql("DROP FUNCTION IF EXISTS refuse_poison()").update();
    }

    private void refuseSpendLinesOf(String vendor) {
        jdbc.sql("""
                CREATE FUNCTION refuse_poison() RETURNS TRIGGER LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.vendor = '%s' THEN RAISE EXCEPTION 'this spend cannot be written'; END IF;
                    RETURN NEW;
                END $$""".formatted(vendor)).update();
        jdbc.sql("CREATE TRIGGER refuse_poison BEFORE INSERT ON spend_line FOR EACH ROW EXECUTE FUNCTION refuse_poison()")
                .update();
    }

    /** Records a spend of 20.00 EUR (acme's share 10.00) and returns its id. */
    private String spend(String campaign, String key, String vendor, String invoice) {
        Http.Response recorded = http.post(campaign + "/spend", key, """
                {"amount": {"amount": "20.00", "currency": "EUR"}, "category": "EVENTS", "vendor": "%s",
                 "invoiceRef": "%s", "incurredOn": "2027-02-10"}""".formatted(vendor, invoice));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        return recorded.text("spendId");
    }

    private List<String> spendLines(String... spendIds) {
        return jdbc.sql("SELECT spend_id::text FROM spend_line WHERE spend_id::text IN (:ids)")
                .param("ids", List.of(spendIds))
                .query(String.class)
                .list();
    }

    private JsonNode progress(String projection) {
        return http.get("/api/v1/admin/projections/" + projection, ADMIN_KEY).body();
    }

    /** The path segment {@code fromEnd} places before the last one. */
    private static String last(String path, int fromEnd) {
        String[] segments = path.split("/");
        return segments[segments.length - 1 - fromEnd];
    }
}
