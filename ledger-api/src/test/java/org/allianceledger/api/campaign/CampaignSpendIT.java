package org.allianceledger.api.campaign;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Campaign budgets and shared spend over HTTP, in an alliance sharing cost 50/30/20. */
class CampaignSpendIT extends RunningLedger {

    private String acme;
    private String globex;
    private String initech;
    private String alliance;
    private String campaign;

    @BeforeEach
    void fundedCampaign() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        initech = scenario.partnerKey("initech");
        String alliancePath = scenario.activeAlliance(acme, globex, initech);
        alliance = alliancePath.substring(alliancePath.lastIndexOf('/') + 1);
        Http.Response launched = http.post(path("/campaigns"), acme,
                "{\"name\": \"Q1 webinars\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2027-03-31\"}");
        assertThat(launched.status()).isEqualTo(201);
        campaign = launched.text("campaignId");
        commit(acme, "5000.00");
        commit(globex, "3000.00");
        commit(initech, "2000.00");
    }

    @Test
    void aSpendIsSplitByTheAgreedSharesToTheCent() {
        Http.Response spend = recordSpend(globex, "1000.01", "INV-1001");

        assertThat(spend.status()).isEqualTo(201);
        assertThat(spend.header("Location")).startsWith(path("/campaigns/" + campaign + "/spend/"));
        assertThat(spend.text("payer")).isEqualTo("globex");
        assertThat(spend.body().at("/amount/amount").asText()).isEqualTo("1000.01");
        assertThat(spend.body().path("shares").findValuesAsText("partnerId")).containsExactly("acme", "globex", "initech");
        assertThat(spend.body().path("shares").findValues("share").stream().map(s -> s.path("amount").asText()))
                .containsExactly("500.01", "300.00", "200.00");
    }

    @Test
    void aSpendOverAPartnersCommitmentIsRejectedAndNothingIsRecorded() {
        long before = storedEvents();

        Http.Response rejected = recordSpend(globex, "10000.02", "INV-2");

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problem()).isEqualTo("budget-exceeded");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theSameInvoiceCannotBeRecordedTwice() {
        recordSpend(globex, "10.00", "INV-7");

        Http.Response again = recordSpend(acme, "10.00", "INV-7");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.problem()).isEqualTo("duplicate-invoice");
    }

    @Test
    void thePayerReversesItsSpendWithTheExactNegativeSplit() {
        String spendId = recordSpend(globex, "100.00", "INV-8").text("spendId");

        Http.Response notPayer = http.post(path("/campaigns/" + campaign + "/spend/" + spendId + "/reversal"), acme,
                "{\"reason\": \"not mine\"}");
        Http.Response reversal = http.post(path("/campaigns/" + campaign + "/spend/" + spendId + "/reversal"), globex,
                "{\"reason\": \"invoice credited\"}");

        assertThat(notPayer.problem()).isEqualTo("only-payer-may-reverse");
        assertThat(reversal.status()).isEqualTo(200);
        assertThat(reversal.body().path("reversal").asBoolean()).isTrue();
        assertThat(reversal.body().path("shares").findValues("share").stream().map(s -> s.path("amount").asText()))
                .containsExactly("-50.00", "-30.00", "-20.00");
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencyIsRejectedNamingTheField() {
        Http.Response rejected = http.post(path("/campaigns/" + campaign + "/commitments"), acme,
                "{\"amount\": {\"amount\": \"10.001\", \"currency\": \"EUR\"}}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().at("/errors/0/field").asText()).isEqualTo("amount");
        assertThat(rejected.text("detail")).contains("more decimals than EUR allows");
    }

    @Test
    void moneyInAnotherCurrencyIsRejected() {
        Http.Response rejected = http.post(path("/campaigns/" + campaign + "/commitments"), acme,
                "{\"amount\": {\"amount\": \"10.00\", \"currency\": \"USD\"}}");

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problem()).isEqualTo("currency-mismatch");
    }

    @Test
    void aPartnerCannotPayItselfButPaysAnotherPartner() {
        Http.Response self = http.post(path("/settlement-payments"), acme, payment("acme"));
        Http.Response paid = http.post(path("/settlement-payments"), acme, payment("globex"));

        assertThat(self.problem()).isEqualTo("payment-to-self");
        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.text("fromPartner")).isEqualTo("acme");
        assertThat(paid.text("toPartner")).isEqualTo("globex");
    }

    private String payment(String to) {
        return "{\"toPartner\": \"" + to + "\", \"amount\": {\"amount\": \"150.00\", \"currency\": \"EUR\"}, "
                + "\"paidOn\": \"2027-04-01\", \"reference\": \"WIRE-77\"}";
    }

    private void commit(String key, String amount) {
        Http.Response committed = http.post(path("/campaigns/" + campaign + "/commitments"), key,
                "{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}");
        assertThat(committed.status()).isEqualTo(200);
    }

    private Http.Response recordSpend(String key, String amount, String invoice) {
        return http.post(path("/campaigns/" + campaign + "/spend"), key, """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "EVENTS", "vendor": "Hall Rentals BV",
                 "invoiceRef": "%s", "incurredOn": "2027-01-15"}""".formatted(amount, invoice));
    }

    private String path(String suffix) {
        return "/api/v1/alliances/" + alliance + suffix;
    }
}
