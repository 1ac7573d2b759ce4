package org.allianceledger.api.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Concurrently;
import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 spends race on one campaign in which initech's commitment has room for only three more of them: its
 * share never exceeds its commitment, every loser is decided again on the winners' state and gets 422
 * budget-exceeded (never 409, with or without Idempotency-Keys, never 5xx), and every acknowledged spend is
 * stored and journaled exactly once, each chained to the event before it.
 */
class ConcurrentSpendIT extends ReliabilityLedger {

    private static final int RACERS = 32;

    @ParameterizedTest(name = "with Idempotency-Keys: {0}")
    @ValueSource(booleans = {false, true})
    void racingSpendsNeverPushAPartnerOverItsCommitmentAndEveryAcknowledgedOneIsBookedOnce(boolean withKeys) {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String[] payers = {acme, globex, initech};
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "10000.00", acme, globex);
        assertThat(http.post(campaign + "/commitments", initech, money("100.00")).status()).isEqualTo(200);
        for (int i = 0; i < 9; i++) { // 9 x 8.00 of initech's 100.00: room for three more 40.00 spends
            assertThat(http.post(campaign + "/spend", globex, spend(UUID.randomUUID(), "PRE-" + i)).status()).isEqualTo(201);
        }
        String allianceId = alliance.substring(alliance.lastIndexOf('/') + 1);

        List<String> spendIds = java.util.stream.IntStream.range(0, RACERS).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<Http.Response> responses = Concurrently.run(RACERS, i -> http.post(campaign + "/spend", payers[i % 3],
                spend(UUID.fromString(spendIds.get(i)), "RACE-" + i),
                withKeys ? Map.of("Idempotency-Key", "race-" + spendIds.get(i)) : Map.of()));

        long acknowledged = 0;
        for (int i = 0; i < RACERS; i++) {
            Http.Response response = responses.get(i);
            assertThat(response.status()).as(response.raw()).isIn(201, 422);
            long stored = events().countOf("SpendRecorded", spendIds.get(i));
            if (response.status() == 201) {
                acknowledged++;
                assertThat(stored).as("acknowledged spend %s is stored once", spendIds.get(i)).isEqualTo(1);
            } else {
                assertThat(response.problem()).isEqualTo("budget-exceeded");
                assertThat(stored).as("refused spend %s is not stored", spendIds.get(i)).isZero();
            }
        }
        assertThat(acknowledged).as("some spend fits").isBetween(1L, 3L);

        BigDecimal initechShares = jdbc.sql("""
                        SELECT coalesce(sum((convert_from(payload, 'UTF8')::jsonb #>> '{shares,initech,amount}')::numeric), 0)
                        FROM domainevententry WHERE aggregateidentifier = :alliance AND payloadtype LIKE '%.SpendRecorded'""")
                .param("alliance", allianceId).query(BigDecimal.class).single();
        assertThat(initechShares).isLessThanOrEqualTo(new BigDecimal("100.00"))
                .isEqualByComparingTo(new BigDecimal("72.00").add(new BigDecimal("8.00").multiply(BigDecimal.valueOf(acknowledged))));

        awaitProjections();
        JsonNode initechBudget = budgetOf(http.get(alliance + "/campaigns", acme).body(), "initech");
        assertThat(new BigDecimal(initechBudget.at("/spent/amount").asText())).isEqualByComparingTo(initechShares);
        assertThat(new BigDecimal(initechBudget.at("/remaining/amount").asText())).isNotNegative();
        List<Long> journalLinesPerSpend = jdbc.sql("""
                        SELECT count(l.partner_id) FROM journal_entry e JOIN journal_line l USING (entry_id)
                        WHERE e.source_id::text IN (:ids) GROUP BY e.entry_id""")
                .param("ids", spendIds).query(Long.class).list();
        assertThat(journalLinesPerSpend).as("one journal entry of three lines per acknowledged spend")
                .hasSize((int) acknowledged).containsOnly(3L);
        Http.Response verification = http.get("/api/v1/audit/verify?allianceId=" + allianceId, acme);
        assertThat(verification.body().path("ok").asBoolean()).as("the alliance's hash chain: %s", verification.raw()).isTrue();
    }

    @Test
    void keyedSpendsRacingOnOneAllianceAreAllDecidedAndAcknowledged() {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String[] payers = {acme, globex, initech};
        String campaign = scenario.fundedCampaign(scenario.activeAlliance(acme, globex, initech), "10000.00",
                acme, globex, initech);
        List<String> spendIds = java.util.stream.IntStream.range(0, RACERS).mapToObj(i -> UUID.randomUUID().toString()).toList();

        List<Http.Response> responses = Concurrently.run(RACERS, i -> http.post(campaign + "/spend", payers[i % 3],
                spend(UUID.fromString(spendIds.get(i)), "KEYED-" + i), Map.of("Idempotency-Key", "keyed-" + spendIds.get(i))));

        assertThat(responses).extracting(Http.Response::status).containsOnly(201);
        for (String spendId : spendIds) {
            assertThat(events().countOf("SpendRecorded", spendId)).as(spendId).isEqualTo(1);
        }
    }

    private static JsonNode budgetOf(JsonNode campaigns, String partner) {
        for (JsonNode campaign : campaigns.path("campaigns")) {
            for (JsonNode budget : campaign.path("budgets")) {
                if (budget.path("partnerId").asText().equals(partner)) {
                    return budget;
                }
            }
        }
        throw new AssertionError("no budget of " + partner + " in " + campaigns);
    }

    private static String money(String amount) {
        return "{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}";
    }

    private static String spend(UUID spendId, String invoice) {
        return """
                {"spendId": "%s", "amount": {"amount": "40.00", "currency": "EUR"}, "category": "ADS",
                 "vendor": "Ad Network", "invoiceRef": "%s", "incurredOn": "2027-01-10"}""".formatted(spendId, invoice);
    }
}
