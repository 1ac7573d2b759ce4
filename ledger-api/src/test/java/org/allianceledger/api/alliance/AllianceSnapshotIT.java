package org.allianceledger.api.alliance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a low threshold, a busy alliance is snapshotted, and commands keep working on the snapshot. Without the
 * aggregate cache, so every command loads the alliance from the event store, snapshot first.
 */
@TestPropertySource(properties = {"ledger.snapshot-threshold=5", "ledger.aggregate-cache=false"})
class AllianceSnapshotIT extends RunningLedger {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBusyAllianceIsSnapshottedAndStillEnforcesItsRules() {
        BusyCampaign busy = busyCampaign();

        long snapshots = jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", busy.alliance()).query(Long.class).single();
        List<String> revisions = jdbc.sql("""
                        SELECT DISTINCT payloadrevision FROM snapshotevententry WHERE aggregateidentifier = :id""")
                .param("id", busy.alliance()).query(String.class).list();
        Http.Response duplicate = spend(busy, "INV-3", "10.00");
        Http.Response overBudget = spend(busy, "INV-99", "141.00");

        assertThat(snapshots).isPositive();
        assertThat(revisions).as("the revision Alliance declares, so snapshots of another shape are ignored")
                .containsExactly("2");
        assertThat(duplicate.problem()).isEqualTo("duplicate-invoice");
        assertThat(overBudget.problem()).isEqualTo("budget-exceeded");
        assertThat(spend(busy, "INV-100", "140.00").status()).isEqualTo(201);
    }

    /**
     * Snapshots stored before Alliance declared its revision hold another shape: they are skipped, not read.
     * This one would read, but without its campaigns, so reading it would lose the campaign the spend names.
     */
    @Test
    void aSnapshotOfAnotherRevisionIsIgnored() throws Exception {
        BusyCampaign busy = busyCampaign();
        byte[] stored = jdbc.sql("""
                        SELECT payload FROM snapshotevententry WHERE aggregateidentifier = :id
                        ORDER BY sequencenumber DESC LIMIT 1""")
                .param("id", busy.alliance()).query(byte[].class).single();
        ObjectNode withoutCampaigns = (ObjectNode) json.readTree(stored);
        withoutCampaigns.putObject("campaigns");
        jdbc.sql("""
                        UPDATE snapshotevententry SET payloadrevision = NULL, payload = :payload
                        WHERE aggregateidentifier = :id""")
                .param("payload", json.writeValueAsBytes(withoutCampaigns)).param("id", busy.alliance()).update();

        assertThat(spend(busy, "INV-3", "10.00").problem()).isEqualTo("duplicate-invoice");
        assertThat(spend(busy, "INV-100", "140.00").status()).isEqualTo(201);
    }

    /** An active alliance of three with a funded campaign and six spends of 10.00, enough to be snapshotted. */
    private BusyCampaign busyCampaign() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "100.00", acme, globex, initech);
        BusyCampaign busy = new BusyCampaign(acme, lastSegment(alliance), lastSegment(campaign));
        for (int i = 0; i < 6; i++) {
            assertThat(spend(busy, "INV-" + i, "10.00").status()).isEqualTo(201);
        }
        return busy;
    }

    private static String lastSegment(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private record BusyCampaign(String payerKey, String alliance, String campaign) {
    }

    private Http.Response spend(BusyCampaign busy, String invoice, String amount) {
        return http.post("/api/v1/alliances/" + busy.alliance() + "/campaigns/" + busy.campaign() + "/spend",
                busy.payerKey(), """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "ADS", "vendor": "Ad Network",
                 "invoiceRef": "%s", "incurredOn": "2027-01-10"}""".formatted(amount, invoice));
    }
}
