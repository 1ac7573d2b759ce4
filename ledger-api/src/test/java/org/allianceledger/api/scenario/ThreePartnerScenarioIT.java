package org.allianceledger.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.api.support.LedgerScenario.proposal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A three-partner alliance from proposal to settlement through the API alone: spend split 50/30/20, a
 * reversal, an amendment to 40/40/20 with 20% LINEAR commission, referrals, conversions under each terms
 * version, a refund and a settlement payment. Every figure is worked out by hand in the comments.
 */
class ThreePartnerScenarioIT extends RunningLedger {

    private String acme;
    private String globex;
    private String initech;
    private String alliance;

    @Test
    void everyViewAgreesToTheCent() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        initech = scenario.partnerKey("initech");
        String allianceId = UUID.randomUUID().toString();
        alliance = "/api/v1/alliances/" + allianceId;
        created(http.post("/api/v1/alliances", acme, proposal(allianceId)));
        ok(http.post(alliance + "/acceptance", globex, ""));
        assertThat(ok(http.post(alliance + "/acceptance", initech, "")).text("status")).isEqualTo("ACTIVE");

        String campaign = alliance + "/campaigns/" + created(http.post(alliance + "/campaigns", acme,
                "{\"name\": \"H1\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2027-06-30\"}")).text("campaignId");
        for (String key : List.of(acme, globex, initech)) {
            ok(http.post(campaign + "/commitments", key, "{\"amount\": {\"amount\": \"5000.00\", \"currency\": \"EUR\"}}"));
        }
        // globex pays 1000.00 (v1 50/30/20): acme -500, globex +700, initech -200
        assertThat(shares(created(http.post(campaign + "/spend", globex, spend("1000.00", "INV-1", "2027-01-15")))))
                .containsExactly("500.00", "300.00", "200.00");
        // acme pays 333.33: 166.665 / 99.999 / 66.666 -> floors 166.66 / 99.99 / 66.66, two cents to the
        // largest remainders (globex .9, initech .6) -> 166.66 / 100.00 / 66.67; then acme reverses it
        Http.Response odd = created(http.post(campaign + "/spend", acme, spend("333.33", "INV-2", "2027-02-10")));
        assertThat(shares(odd)).containsExactly("166.66", "100.00", "66.67");
        assertThat(shares(ok(http.post(campaign + "/spend/" + odd.text("spendId") + "/reversal", acme,
                "{\"reason\": \"invoice credited\"}")))).containsExactly("-166.66", "-100.00", "-66.67");

        // amendment from 2027-04-01: 40/40/20, 20% commission, LINEAR over 60 days -> terms version 2
        String amendment = created(http.post(alliance + "/amendments", globex, """
                {"terms": {"effectiveFrom": "2027-04-01", "costShareBps": {"acme": 4000, "globex": 4000, "initech": 2000},
                 "referralCommissionBps": 2000, "attribution": {"model": "LINEAR", "lookbackDays": 60}}}"""))
                .body().at("/amendments/0/amendmentId").asText();
        ok(http.post(alliance + "/amendments/" + amendment + "/acceptance", acme, ""));
        assertThat(ok(http.post(alliance + "/amendments/" + amendment + "/acceptance", initech, ""))
                .body().path("termsVersion").asInt()).isEqualTo(2);
        // initech pays 500.00 on 2027-04-10 (v2 40/40/20): acme -200, globex -200, initech +400
        Http.Response april = created(http.post(campaign + "/spend", initech, spend("500.00", "INV-3", "2027-04-10")));
        assertThat(april.body().path("termsVersion").asInt()).isEqualTo(2);
        assertThat(shares(april)).containsExactly("200.00", "200.00", "100.00");

        // cust-1: acme then initech refer to globex; globex sells 1000.00 on 2027-02-01 under v1
        // (LAST_TOUCH, 10%): initech earns 100.00 -> initech +100, globex -100
        created(http.post(alliance + "/referrals", acme, referral("globex", "cust-1", "2027-01-20T10:00:00Z", campaign)));
        created(http.post(alliance + "/referrals", initech, referral("globex", "cust-1", "2027-01-25T10:00:00Z", null)));
        Http.Response sale1 = created(http.post(alliance + "/conversions", globex,
                conversion("cust-1", "1000.00", "2027-02-01T09:30:00Z")));
        assertThat(sale1.at("/commission/amount")).isEqualTo("100.00");
        assertThat(sale1.body().path("referrers").findValuesAsText("partnerId")).containsExactly("initech");
        // cust-2: acme and globex refer to initech; initech sells 300.00 on 2027-04-20 under v2 (LINEAR, 20%):
        // commission 60.00 split 30.00 / 30.00 -> acme +30, globex +30, initech -60
        created(http.post(alliance + "/referrals", acme, referral("initech", "cust-2", "2027-04-05T10:00:00Z", null)));
        created(http.post(alliance + "/referrals", globex, referral("initech", "cust-2", "2027-04-06T10:00:00Z", null)));
        Http.Response sale2 = created(http.post(alliance + "/conversions", initech,
                conversion("cust-2", "300.00", "2027-04-20T12:00:00Z")));
        assertThat(sale2.at("/commission/amount")).isEqualTo("60.00");
        assertThat(sale2.body().path("termsVersion").asInt()).isEqualTo(2);
        // globex refunds sale 1: the commission is reversed exactly -> initech -100, globex +100
        Http.Response refund = ok(http.post(alliance + "/conversions/" + sale1.text("conversionId") + "/reversal",
                globex, "{\"reason\": \"customer refunded\"}"));
        assertThat(refund.at("/commission/amount")).isEqualTo("-100.00");
        // acme pays globex 400.00
        created(http.post(alliance + "/settlement-payments", acme, """
                {"toPartner": "globex", "amount": {"amount": "400.00", "currency": "EUR"}, "paidOn": "2027-05-01",
                 "reference": "WIRE-77"}"""));

        // balances: acme -500 -200 +30 -400 = -270.00; globex +700 -200 -100 +30 +100 +400 = 130.00;
        // initech -200 +400 +100 -60 -100 = 140.00; they sum to zero
        awaitProjections();
        assertThat(balances()).isEqualTo(Map.of("acme", "-270.00", "globex", "130.00", "initech", "140.00"));
        JsonNode transfers = ok(http.get(alliance + "/settlement-plan", initech)).body().path("transfers");
        assertThat(transfers).hasSize(2);
        assertThat(transfer(transfers.get(0))).isEqualTo("acme->initech 140.00");
        assertThat(transfer(transfers.get(1))).isEqualTo("acme->globex 130.00");

        JsonNode budgets = ok(http.get(alliance + "/campaigns", globex)).body().at("/campaigns/0/budgets");
        assertThat(budgets.valueStream().map(b -> b.path("partnerId").asText() + " " + b.at("/spent/amount").asText()
                + " left " + b.at("/remaining/amount").asText()))
                .containsExactly("acme 700.00 left 4300.00", "globex 500.00 left 4500.00", "initech 300.00 left 4700.00");
        JsonNode byPartner = ok(http.get(alliance + "/shared-spend?groupBy=partner", acme)).body();
        assertThat(rows(byPartner, "spent")).containsExactly(
                Map.entry("acme", "700.00"), Map.entry("globex", "500.00"), Map.entry("initech", "300.00"));
        JsonNode byMonth = ok(http.get(alliance + "/shared-spend?groupBy=month", acme)).body();
        assertThat(rows(byMonth, "spent")).containsExactly(
                Map.entry("2027-01", "1000.00"), Map.entry("2027-02", "0.00"), Map.entry("2027-04", "500.00"));

        JsonNode byReferrer = ok(http.get(alliance + "/attributed-revenue?groupBy=referrer", acme)).body();
        assertThat(rows(byReferrer, "revenue")).containsExactly(Map.entry("acme", "150.00"), Map.entry("globex", "150.00"));
        assertThat(rows(byReferrer, "commission")).containsExactly(Map.entry("acme", "30.00"), Map.entry("globex", "30.00"));

        // the journal: every entry balances, and its lines add up to the balances
        JsonNode journal = ok(http.get(alliance + "/journal?limit=1000", acme)).body().path("entries");
        assertThat(journal).as("3 spends, 1 reversal, 2 commissions, 1 refund, 1 payment").hasSize(8);
        Map<String, BigDecimal> fromJournal = new LinkedHashMap<>();
        for (JsonNode entry : journal) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode line : entry.path("lines")) {
                BigDecimal amount = new BigDecimal(line.at("/amount/amount").asText());
                sum = sum.add(amount);
                fromJournal.merge(line.path("partnerId").asText(), amount, BigDecimal::add);
            }
            assertThat(sum).as("entry " + entry.path("entryId")).isZero();
        }
        assertThat(fromJournal).containsEntry("acme", new BigDecimal("-270.00"))
                .containsEntry("globex", new BigDecimal("130.00")).containsEntry("initech", new BigDecimal("140.00"));
    }

    private static Http.Response created(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response;
    }

    private static Http.Response ok(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response;
    }

    private static List<String> shares(Http.Response spend) {
        return spend.body().path("shares").valueStream().map(share -> share.at("/share/amount").asText()).toList();
    }

    private static Map<String, String> rows(JsonNode report, String field) {
        Map<String, String> rows = new LinkedHashMap<>();
        report.path("rows").forEach(row -> rows.put(row.path("key").asText(), row.at("/" + field + "/amount").asText()));
        return rows;
    }

    private static String transfer(JsonNode transfer) {
        return transfer.path("from").asText() + "->" + transfer.path("to").asText() + " "
                + transfer.at("/amount/amount").asText();
    }

    private Map<String, String> balances() {
        Map<String, String> balances = new LinkedHashMap<>();
        ok(http.get(alliance + "/balances", acme)).body().path("balances").forEach(balance ->
                balances.put(balance.path("partnerId").asText(), balance.at("/balance/amount").asText()));
        return balances;
    }

    private static String spend(String amount, String invoice, String incurredOn) {
        return """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "EVENTS", "vendor": "Hall Rentals BV",
                 "invoiceRef": "%s", "incurredOn": "%s"}""".formatted(amount, invoice, incurredOn);
    }

    private static String referral(String toPartner, String customer, String occurredAt, String campaignPath) {
        String campaign = campaignPath == null ? "null"
                : "\"" + campaignPath.substring(campaignPath.lastIndexOf('/') + 1) + "\"";
        return """
                {"toPartner": "%s", "customerRef": "%s", "occurredAt": "%s", "campaignId": %s}"""
                .formatted(toPartner, customer, occurredAt, campaign);
    }

    private static String conversion(String customer, String revenue, String occurredAt) {
        return """
                {"customerRef": "%s", "revenue": {"amount": "%s", "currency": "EUR"}, "occurredAt": "%s"}"""
                .formatted(customer, revenue, occurredAt);
    }
}
