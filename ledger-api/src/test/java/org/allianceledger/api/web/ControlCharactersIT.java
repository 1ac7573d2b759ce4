package org.allianceledger.api.web;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text field takes a control character: a NUL once reached the event store and stopped a projection that
 * could not write it. Each is refused with 400 naming the field, and nothing is recorded.
 */
class ControlCharactersIT extends RunningLedger {

    private static final String NUL = "\\u0000";

    @Test
    void everyTextFieldRefusesControlCharactersNamingTheField() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "100.00", acme, globex, initech);
        long events = storedEvents();

        Map<String, Http.Response> refused = Map.of(
                "name", http.post("/api/v1/partners", ADMIN_KEY, "{\"partnerId\": \"hooli\", \"name\": \"Hoo" + NUL + "li\"}"),
                "vendor", http.post(campaign + "/spend", acme, spend("Hall" + NUL, "EVENTS", "INV-1")),
                "category", http.post(campaign + "/spend", acme, spend("Hall", "EVE\\u001bNTS", "INV-1")),
                "invoiceRef", http.post(campaign + "/spend", acme, spend("Hall", "EVENTS", "INV\\t1")),
                "reference", http.post(alliance + "/settlement-payments", acme, """
                        {"toPartner": "globex", "amount": {"amount": "1.00", "currency": "EUR"},
                         "paidOn": "2027-03-01", "reference": "WIRE\\u007f7"}"""),
                "reason", http.post(alliance + "/suspension", acme, "{\"reason\": \"why" + NUL + "\"}"));
        Http.Response campaignName = http.post(alliance + "/campaigns", acme,
                "{\"name\": \"Q1" + NUL + "\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2027-03-31\"}");

        refused.forEach((field, response) -> {
            assertThat(response.status()).as(field + ": " + response.raw()).isEqualTo(400);
            assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
        });
        assertThat(campaignName.status()).isEqualTo(400);
        assertThat(campaignName.body().path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(storedEvents()).as("nothing refused was recorded").isEqualTo(events);
    }

    @Test
    void aReasonMayRunOverSeveralLines() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);

        Http.Response suspended = http.post(alliance + "/suspension", acme,
                "{\"reason\": \"budget review:\\n\\tQ1 paused\"}");

        assertThat(suspended.status()).as(suspended.raw()).isEqualTo(200);
    }

    private static String spend(String vendor, String category, String invoice) {
        return """
                {"amount": {"amount": "10.00", "currency": "EUR"}, "category": "%s", "vendor": "%s",
                 "invoiceRef": "%s", "incurredOn": "2027-01-10"}""".formatted(category, vendor, invoice);
    }
}
