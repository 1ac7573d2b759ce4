package org.allianceledger.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads what the service shows of an alliance, as an auditor would. Each alliance has an AUDITOR key of its
 * own, so that a long run's reads stay far below the per-key rate limit.
 */
final class ServiceViews {

    private static final int JOURNAL_PAGE = 1000;

    private final Http http;
    private final Supplier<String> newAuditorKey;
    private final Map<String, String> readers = new HashMap<>();
    private final Map<String, JournalTotals> journals = new HashMap<>();

    ServiceViews(Http http, Supplier<String> newAuditorKey) {
        this.http = http;
        this.newAuditorKey = newAuditorKey;
    }

    AllianceReading read(String allianceId, List<String> partners) {
        String key = readers.computeIfAbsent(allianceId, id -> newAuditorKey.get());
        String path = "/api/v1/alliances/" + allianceId;
        JsonNode alliance = ok(http.get(path, key));
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        ok(http.get(path + "/balances", key)).path("balances").forEach(balance ->
                balances.put(balance.path("partnerId").asText(), amount(balance.path("balance"))));
        Map<String, AllianceReading.Budgets> campaigns = new LinkedHashMap<>();
        ok(http.get(path + "/campaigns", key)).path("campaigns").forEach(campaign -> {
            Map<String, BigDecimal> committed = new HashMap<>();
            Map<String, BigDecimal> spent = new HashMap<>();
            Map<String, BigDecimal> remaining = new HashMap<>();
            campaign.path("budgets").forEach(budget -> {
                String partner = budget.path("partnerId").asText();
                committed.put(partner, amount(budget.path("committed")));
                spent.put(partner, amount(budget.path("spent")));
                remaining.put(partner, amount(budget.path("remaining")));
            });
            campaigns.put(campaign.path("campaignId").asText(), new AllianceReading.Budgets(
                    campaign.path("closed").asBoolean(), committed, spent, remaining));
        });
        List<String> plan = new ArrayList<>();
        Http.Response settlement = http.get(path + "/settlement-plan", key);
        if (settlement.status() != 200) {
            // a plan is refused for positions that do not sum to zero; the invariants then say why
            plan.add("no plan: " + settlement.status() + " " + settlement.body().path("detail").asText());
        }
        settlement.body().path("transfers").forEach(transfer -> plan.add(
                transfer.path("from").asText() + "->" + transfer.path("to").asText() + " "
                        + transfer.at("/amount/amount").asText()));
        JournalTotals journal = readJournal(path, key, journals.computeIfAbsent(allianceId, id -> new JournalTotals()),
                partners);
        return new AllianceReading(allianceId, partners, alliance.path("status").asText(),
                alliance.path("termsVersion").asInt(), balances, campaigns, plan, journal.entries(), journal.amounts(),
                journal.lines(), journal.unbalanced());
    }

    /** Adds the entries booked since the last read. */
    private JournalTotals readJournal(String path, String key, JournalTotals journal, List<String> partners) {
        while (true) {
            JsonNode page = ok(http.get(path + "/journal?limit=" + JOURNAL_PAGE + "&after=" + journal.lastEntryId(), key));
            page.path("entries").forEach(entry -> journal.add(entry, partners));
            if (page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode()) {
                return journal;
            }
        }
    }

    private static BigDecimal amount(JsonNode money) {
        return new BigDecimal(money.path("amount").asText());
    }

    private static JsonNode ok(Http.Response response) {
        if (response.status() != 200) {
            throw new AssertionError("reading the service answered " + response.status() + ": " + response.raw());
        }
        return response.body();
    }
}
