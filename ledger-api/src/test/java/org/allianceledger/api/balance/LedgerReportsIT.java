package org.allianceledger.api.balance;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Balances, shared spend and the settlement plan, read from the projections after real commands.
 * Scenario (shares 50/30/20): globex pays 1000.00 of spend, initech pays globex 100.00.
 */
class LedgerReportsIT extends RunningLedger {

    private String acme;
    private String globex;
    private String initech;
    private String alliance;

    @BeforeEach
    void scenario() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        initech = scenario.partnerKey("initech");
        String alliancePath = scenario.activeAlliance(acme, globex, initech);
        alliance = alliancePath.substring(alliancePath.lastIndexOf('/') + 1);
        String campaign = scenario.fundedCampaign(alliancePath, "5000.00", acme, globex, initech);
        assertThat(http.post(campaign + "/spend", globex, """
                {"amount": {"amount": "1000.00", "currency": "EUR"}, "category": "EVENTS", "vendor": "Hall Rentals BV",
                 "invoiceRef": "INV-1", "incurredOn": "2027-02-10"}""").status()).isEqualTo(201);
        assertThat(http.post(path("/settlement-payments"), initech, """
                {"toPartner": "globex", "amount": {"amount": "100.00", "currency": "EUR"}, "paidOn": "2027-03-01",
                 "reference": "WIRE-1"}""").status()).isEqualTo(201);
    }

    @Test
    void balancesFollowThePostingsAndSumToZero() {
        JsonNode report = awaitBalances("", List.of("-500.00", "600.00", "-100.00"));

        assertThat(report.path("currency").asText()).isEqualTo("EUR");
        assertThat(report.path("balances").findValuesAsText("partnerId")).containsExactly("acme", "globex", "initech");
    }

    @Test
    void balancesAsOfADateLeaveOutLaterFacts() {
        awaitBalances("", List.of("-500.00", "600.00", "-100.00"));

        awaitBalances("?asOf=2027-02-15", List.of("-500.00", "700.00", "-200.00"));
        awaitBalances("?asOf=2027-01-31", List.of("0.00", "0.00", "0.00"));
    }

    @Test
    void sharedSpendShowsEachPartnersShare() {
        awaitBalances("", List.of("-500.00", "600.00", "-100.00"));
        awaitProjections(); // shared spend is the campaigns projection, which may trail the journal's balances

        Http.Response byMonth = http.get(path("/shared-spend?groupBy=month"), acme);

        assertThat(byMonth.body().at("/rows/0/key").asText()).isEqualTo("2027-02");
        assertThat(byMonth.body().at("/rows/0/spent/amount").asText()).isEqualTo("1000.00");
        assertThat(byMonth.body().at("/rows/0/shares").findValues("share").stream().map(s -> s.path("amount").asText()))
                .containsExactly("500.00", "300.00", "200.00");
        assertThat(http.get(path("/shared-spend?groupBy=colour"), acme).status()).isEqualTo(400);
    }

    @Test
    void theSettlementPlanZeroesEveryBalance() {
        awaitBalances("", List.of("-500.00", "600.00", "-100.00"));

        JsonNode transfers = http.get(path("/settlement-plan"), initech).body().path("transfers");

        assertThat(transfers).hasSize(2);
        assertThat(transfers.get(0).path("from").asText()).isEqualTo("acme");
        assertThat(transfers.get(0).path("to").asText()).isEqualTo("globex");
        assertThat(transfers.get(0).at("/amount/amount").asText()).isEqualTo("500.00");
        assertThat(transfers.get(1).path("from").asText()).isEqualTo("initech");
        assertThat(transfers.get(1).at("/amount/amount").asText()).isEqualTo("100.00");
    }

    @Test
    void aStatementShowsOpeningBalanceEveryLineAndClosingBalance() {
        awaitBalances("", List.of("-500.00", "600.00", "-100.00"));

        JsonNode year = http.get(path("/statements/globex?from=2027-01-01&to=2027-12-31"), initech).body();
        JsonNode afterSpend = http.get(path("/statements/globex?from=2027-02-15&to=2027-12-31"), initech).body();

        assertThat(year.at("/opening/amount").asText()).isEqualTo("0.00");
        assertThat(year.path("lines").valueStream().map(line -> line.at("/amount/amount").asText()))
                .containsExactly("700.00", "-100.00");
        assertThat(year.path("lines").valueStream().map(line -> line.at("/balance/amount").asText()))
                .containsExactly("700.00", "600.00");
        assertThat(year.path("lines").findValuesAsText("kind")).containsExactly("SPEND", "SETTLEMENT_PAYMENT");
        assertThat(year.at("/closing/amount").asText()).isEqualTo("600.00");
        assertThat(afterSpend.at("/opening/amount").asText()).isEqualTo("700.00");
        assertThat(afterSpend.at("/closing/amount").asText()).isEqualTo("600.00");
        assertThat(year.at("/chainHead/hash").asText()).hasSize(64);
        Http.Response csv = http.get(path("/statements/globex?from=2027-01-01&to=2027-12-31&format=csv"), initech);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().lines().toList()).hasSize(6)
                .anySatisfy(row -> assertThat(row).startsWith("OPENING,").endsWith(",0.00,EUR"))
                .anySatisfy(row -> assertThat(row).startsWith("CLOSING,").endsWith(",600.00,EUR"))
                .anySatisfy(row -> assertThat(row).startsWith("CHAIN_HEAD,"));
        assertThat(http.get(path("/statements/umbrella?from=2027-01-01&to=2027-12-31"), acme).status()).isEqualTo(404);
    }

    private JsonNode awaitBalances(String query, List<String> expected) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            Http.Response response = http.get(path("/balances" + query), acme);
            List<String> amounts = response.body().path("balances").findValues("balance").stream()
                    .map(b -> b.path("amount").asText()).toList();
            return amounts.equals(expected) ? response.body() : null;
        }, body -> body != null);
    }

    private String path(String suffix) {
        return "/api/v1/alliances/" + alliance + suffix;
    }
}
