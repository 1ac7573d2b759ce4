package org.allianceledger.api.journal;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The journal in JSON pages, as CSV, and as a plain-text journal that hledger finds balanced and agrees with. */
class JournalExportIT extends RunningLedger {

    private String acme;
    private String alliance;

    @BeforeEach
    void scenario() {
        acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "900.00", acme, globex, initech);
        String spend = http.post(campaign + "/spend", globex, spend("333.33", "INV-1; \"quoted\"")).text("spendId");
        http.post(campaign + "/spend", acme, spend("100.01", "INV-2"));
        http.post(campaign + "/spend/" + spend + "/reversal", globex, "{\"reason\": \"credited\"}");
        http.post(alliance + "/settlement-payments", initech, """
                {"toPartner": "globex", "amount": {"amount": "12.34", "currency": "EUR"}, "paidOn": "2027-03-01",
                 "reference": "WIRE-1"}""");
        await().atMost(Duration.ofSeconds(15)).until(() ->
                http.get(alliance + "/journal", acme).body().path("entries").size() == 4);
    }

    @Test
    void jsonPagesFollowTheCursorAndEveryEntryBalances() {
        JsonNode first = http.get(alliance + "/journal?limit=3", acme).body();
        JsonNode second = http.get(alliance + "/journal?limit=3&after=" + first.path("nextCursor").asLong(), acme).body();

        assertThat(first.path("entries")).hasSize(3);
        assertThat(second.path("entries")).hasSize(1);
        assertThat(second.path("nextCursor").isNull()).isTrue();
        for (JsonNode entry : first.path("entries")) {
            assertThat(entry.path("lines")).hasSize(3);
            assertThat(entry.path("lines").findValues("amount").stream()
                    .map(amount -> new java.math.BigDecimal(amount.path("amount").asText()))
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isZero();
        }
        assertThat(http.get(alliance + "/journal?limit=5000", acme).status()).isEqualTo(400);
    }

    @Test
    void csvHasOneRowPerJournalLine() throws Exception {
        String csv = download("csv");

        List<String> rows = csv.lines().toList();
        assertThat(rows.getFirst()).startsWith("entry_id,event_id,kind,effective_date");
        assertThat(rows).hasSize(1 + 4 * 3);
        assertThat(csv).contains("\"Hall INV-1; \"\"quoted\"\" paid by globex\"");
    }

    @Test
    void hledgerReadsTheJournalAsBalancedAndAgreesWithTheBalances(@TempDir Path dir) throws Exception {
        boolean onCi = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(onCi || hledgerInstalled(), "hledger is not installed (CI installs it)");
        Path file = dir.resolve("alliance.journal");
        Files.writeString(file, download("ledger"));

        Process check = new ProcessBuilder("hledger", "-f", file.toString(), "balance", "--flat", "--no-total",
                "--output-format", "csv").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(output).isZero();
        Map<String, String> hledger = new HashMap<>();
        output.lines().skip(1).forEach(line -> {
            String[] cells = line.replace("\"", "").split(",");
            hledger.put(cells[0].replace("partner:", ""), cells[1].replace(" EUR", "").replace("EUR ", ""));
        });
        for (JsonNode balance : http.get(alliance + "/balances", acme).body().path("balances")) {
            String expected = balance.at("/balance/amount").asText();
            assertThat(new java.math.BigDecimal(hledger.getOrDefault(balance.path("partnerId").asText(), "0")))
                    .as("hledger's balance of " + balance.path("partnerId").asText())
                    .isEqualByComparingTo(expected);
        }
    }

    private static boolean hledgerInstalled() {
        try {
            return new ProcessBuilder("hledger", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String download(String format) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + alliance + "/journal?format=" + format))
                .header("Authorization", "Bearer " + acme).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String baseUrl() {
        return "http://localhost:" + port();
    }

    private static String spend(String amount, String invoice) {
        return """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "EVENTS", "vendor": "Hall",
                 "invoiceRef": "%s", "incurredOn": "2027-02-10"}""".formatted(amount, invoice.replace("\"", "\\\""));
    }
}
