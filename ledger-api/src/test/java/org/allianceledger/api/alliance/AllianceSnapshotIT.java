package org.allianceledger.api.alliance;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;


import static org.assertj.core.api.Assertions.assertThat;

/** With a low threshold, a busy alliance is snapshotted, and commands keep working on the snapshot. */
@TestPropertySource(properties = "ledger.snapshot-threshold=5")
class AllianceSnapshotIT extends RunningLedger {

    @Test
    void aBusyAllianceIsSnapshottedAndStillEnforcesItsRules() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String id = alliance.substring(alliance.lastIndexOf('/') + 1);
        String campaign = scenario.fundedCampaign(alliance, "100.00", acme, globex, initech);
        campaign = campaign.substring(campaign.lastIndexOf('/') + 1);
        for (int i = 0; i < 6; i++) {
            assertThat(spend(acme, id, campaign, "INV-" + i, "10.00").status()).isEqualTo(201);
        }

        long snapshots = jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", id).query(Long.class).single();
        Http.Response duplicate = spend(acme, id, campaign, "INV-3", "10.00");
        Http.Response overBudget = spend(acme, id, campaign, "INV-99", "141.00");

        assertThat(snapshots).isPositive();
        assertThat(duplicate.problem()).isEqualTo("duplicate-invoice");
        assertThat(overBudget.problem()).isEqualTo("budget-exceeded");
        assertThat(spend(acme, id, campaign, "INV-100", "140.00").status()).isEqualTo(201);
    }

    private Http.Response spend(String key, String alliance, String campaign, String invoice, String amount) {
        return http.post("/api/v1/alliances/" + alliance + "/campaigns/" + campaign + "/spend", key, """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "ADS", "vendor": "Ad Network",
                 "invoiceRef": "%s", "incurredOn": "2027-01-10"}""".formatted(amount, invoice));
    }
}
