package org.allianceledger.api.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.allianceledger.projections.sequencing.PerAllianceSequencingPolicy;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding every projection from the event store reproduces its tables exactly. */
class ProjectionRebuildIT extends RunningLedger {

    /** Each read table, as text, ordered by its natural key (surrogate ids left out). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("journal_entry", """
                SELECT event_id, alliance_id, kind, effective_date, recorded_at, currency, amount, terms_version,
                       source_id, campaign_id, description FROM journal_entry ORDER BY event_id""");
        TABLES.put("journal_line", """
                SELECT e.event_id, l.partner_id, l.amount FROM journal_line l JOIN journal_entry e USING (entry_id)
                ORDER BY e.event_id, l.partner_id""");
        TABLES.put("partner_balance", "SELECT * FROM partner_balance ORDER BY alliance_id, partner_id");
        TABLES.put("campaign_view", "SELECT * FROM campaign_view ORDER BY alliance_id, campaign_id");
        TABLES.put("campaign_budget", "SELECT * FROM campaign_budget ORDER BY alliance_id, campaign_id, partner_id");
        TABLES.put("spend_line", "SELECT * FROM spend_line ORDER BY spend_id");
        TABLES.put("spend_allocation", "SELECT * FROM spend_allocation ORDER BY spend_id, reversal, partner_id");
        TABLES.put("referral_view", "SELECT * FROM referral_view ORDER BY alliance_id, referral_id");
        TABLES.put("conversion_view", "SELECT * FROM conversion_view ORDER BY alliance_id, conversion_id");
        TABLES.put("conversion_attribution",
                "SELECT * FROM conversion_attribution ORDER BY alliance_id, conversion_id, referrer");
    }

    @Autowired
    private EventProcessingConfiguration processing;

    /** Per-stream sequencing let two segments move one alliance's balances at once, and they deadlocked. */
    @Test
    void everyProjectionHandlesAnAlliancesEventsInOneSequence() {
        for (String projection : List.of("campaigns", "conversions", "journal")) {
            assertThat(processing.sequencingPolicy(projection)).as(projection).isInstanceOf(PerAllianceSequencingPolicy.class);
        }
    }

    @Test
    void everyProjectionRebuildsToIdenticalTables() {
        recordScenario();
        awaitProjections();
        Map<String, List<String>> before = snapshot();
        assertThat(before.get("journal_entry")).as("this scenario books six entries").hasSizeGreaterThanOrEqualTo(6);
        assertThat(before.get("conversion_view")).isNotEmpty();

        for (JsonNode projection : http.get("/api/v1/admin/projections", ADMIN_KEY).body()) {
            Http.Response replay = http.post("/api/v1/admin/projections/" + projection.path("name").asText()
                    + "/replay", ADMIN_KEY, "");
            assertThat(replay.status()).isEqualTo(202);
        }
        awaitProjections();

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorRebuildsProjections() {
        String acme = scenario.partnerKey("acme");

        assertThat(http.post("/api/v1/admin/projections/journal/replay", acme, "").status()).isEqualTo(403);
        assertThat(http.post("/api/v1/admin/projections/nothing/replay", ADMIN_KEY, "").status()).isEqualTo(404);
    }

    private void recordScenario() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "900.00", acme, globex, initech);
        String spend = http.post(campaign + "/spend", globex, spendBody("333.33", "INV-1")).text("spendId");
        http.post(campaign + "/spend", acme, spendBody("100.01", "INV-2"));
        http.post(campaign + "/spend/" + spend + "/reversal", globex, "{\"reason\": \"credited\"}");
        http.post(alliance + "/referrals", acme,
                "{\"toPartner\": \"globex\", \"customerRef\": \"cust-9\", \"occurredAt\": \"2027-02-01T10:00:00Z\"}");
        String sale = http.post(alliance + "/conversions", globex, """
                {"customerRef": "cust-9", "revenue": {"amount": "99.99", "currency": "EUR"},
                 "occurredAt": "2027-02-03T10:00:00Z"}""").text("conversionId");
        http.post(alliance + "/conversions/" + sale + "/reversal", globex, "{\"reason\": \"refunded\"}");
        http.post(alliance + "/settlement-payments", initech, """
                {"toPartner": "globex", "amount": {"amount": "12.34", "currency": "EUR"}, "paidOn": "2027-03-01",
                 "reference": "WIRE-1"}""");
    }

    private static String spendBody(String amount, String invoice) {
        return """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "EVENTS", "vendor": "Hall",
                 "invoiceRef": "%s", "incurredOn": "2027-02-10"}""".formatted(amount, invoice);
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, query) -> tables.put(table, jdbc.sql(query)
                .query((rs, row) -> {
                    StringBuilder line = new StringBuilder();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        line.append(rs.getString(column)).append('|');
                    }
                    return line.toString();
                }).list()));
        return tables;
    }
}
