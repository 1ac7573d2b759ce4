package org.allianceledger.api.security;

import org.allianceledger.api.support.Endpoints;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner isolation: umbrella's key gets 404 on every endpoint of an alliance between acme, globex and
 * initech, with valid requests, and nothing is recorded. A new alliance-scoped endpoint fails this test
 * until it is listed here.
 */
class PartnerIsolationIT extends RunningLedger {

    private static final String SPEND = """
            {"amount": {"amount": "10.00", "currency": "EUR"}, "category": "ADS", "vendor": "V", "invoiceRef": "I-1",
             "incurredOn": "2027-01-10"}""";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void anotherCompanysAllianceIsNotFoundOnEveryEndpoint() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String umbrella = scenario.partnerKey("umbrella");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String campaignPath = scenario.fundedCampaign(alliance, "100.00", acme, globex, initech);
        String campaign = campaignPath.substring(campaignPath.lastIndexOf('/') + 1);
        String spend = http.post(alliance + "/campaigns/" + campaign + "/spend", globex, SPEND).text("spendId");
        String amendment = UUID.randomUUID().toString();
        String conversion = http.post(alliance + "/conversions", globex, """
                {"customerRef": "c-1", "revenue": {"amount": "5.00", "currency": "EUR"}, "occurredAt": "2027-02-01T00:00:00Z"}""")
                .text("conversionId");
        long before = storedEvents();

        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("GET {id}", "");
        requests.put("GET {id}/balances", "");
        requests.put("GET {id}/campaigns", "");
        requests.put("GET {id}/shared-spend", "");
        requests.put("GET {id}/attributed-revenue", "");
        requests.put("GET {id}/settlement-plan", "");
        requests.put("GET {id}/journal", "");
        requests.put("GET {id}/events", "");
        requests.put("GET {id}/statements/acme?from=2027-01-01&to=2027-12-31", "");
        requests.put("POST {id}/acceptance", "");
        requests.put("POST {id}/decline", "{\"reason\": \"x\"}");
        requests.put("POST {id}/suspension", "{\"reason\": \"x\"}");
        requests.put("POST {id}/resumption", "");
        requests.put("POST {id}/dissolution", "{\"reason\": \"x\"}");
        requests.put("POST {id}/amendments", """
                {"amendmentId": "%s", "terms": {"effectiveFrom": "2027-06-01",
                 "costShareBps": {"acme": 4000, "globex": 4000, "initech": 2000}, "referralCommissionBps": 0,
                 "attribution": {"model": "LINEAR", "lookbackDays": 30}}}""".formatted(amendment));
        requests.put("POST {id}/amendments/" + amendment + "/acceptance", "");
        requests.put("POST {id}/campaigns", "{\"name\": \"Q2\", \"startsOn\": \"2027-04-01\", \"endsOn\": \"2027-06-30\"}");
        requests.put("POST {id}/campaigns/" + campaign + "/commitments", "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}");
        requests.put("POST {id}/campaigns/" + campaign + "/spend", SPEND.replace("I-1", "I-2"));
        requests.put("POST {id}/campaigns/" + campaign + "/spend/" + spend + "/reversal", "{\"reason\": \"x\"}");
        requests.put("POST {id}/campaigns/" + campaign + "/close", "");
        requests.put("POST {id}/referrals", "{\"toPartner\": \"acme\", \"customerRef\": \"c-2\", \"occurredAt\": \"2027-02-01T00:00:00Z\"}");
        requests.put("POST {id}/conversions", """
                {"customerRef": "c-2", "revenue": {"amount": "5.00", "currency": "EUR"}, "occurredAt": "2027-02-01T00:00:00Z"}""");
        requests.put("POST {id}/conversions/" + conversion + "/reversal", "{\"reason\": \"x\"}");
        requests.put("POST {id}/settlement-payments", """
                {"toPartner": "acme", "amount": {"amount": "1.00", "currency": "EUR"}, "paidOn": "2027-04-01", "reference": "W"}""");

        requests.forEach((request, body) -> {
            String method = request.substring(0, request.indexOf(' '));
            String path = alliance + request.substring(request.indexOf(' ') + 1).replace("{id}", "");
            Http.Response response = method.equals("GET") ? http.get(path, umbrella) : http.post(path, umbrella, body);
            assertThat(response.status()).as(request).isEqualTo(404);
            assertThat(response.problem()).as(request).isEqualTo("alliance-not-found");
        });
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(covered(requests.keySet())).as("every alliance-scoped endpoint is probed")
                .containsExactlyInAnyOrderElementsOf(allianceScopedEndpoints());
    }

    /** The endpoints probed above, as "METHOD /pattern" with ids as placeholders. */
    private static Set<String> covered(Set<String> requests) {
        Set<String> endpoints = new TreeSet<>();
        for (String request : requests) {
            String method = request.substring(0, request.indexOf(' '));
            String path = request.substring(request.indexOf(' ') + 1).replaceAll("\\?.*", "")
                    .replace("{id}", "/api/v1/alliances/{allianceId}/")
                    .replaceAll("/+$", "").replace("//", "/")
                    .replaceAll("campaigns/[0-9a-f-]{36}", "campaigns/{campaignId}")
                    .replaceAll("spend/[0-9a-f-]{36}", "spend/{spendId}")
                    .replaceAll("amendments/[0-9a-f-]{36}", "amendments/{amendmentId}")
                    .replaceAll("conversions/[0-9a-f-]{36}", "conversions/{conversionId}")
                    .replace("statements/acme", "statements/{partnerId}");
            endpoints.add(method + " " + path);
        }
        return endpoints;
    }

    private Set<String> allianceScopedEndpoints() {
        return Endpoints.under(mappings, "/api/v1/alliances/{allianceId}");
    }
}
