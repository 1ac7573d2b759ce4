package org.allianceledger.api.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an alliance's journal adds up to, read entry by entry as it grows (the journal is append-only, so each
 * step reads only the entries after the last one seen): entries and their amounts per kind, each partner's
 * lines, and every entry that is not balanced (one line per partner, summing to zero).
 */
final class JournalTotals {

    private long lastEntryId;
    private final Map<String, Integer> entries = new TreeMap<>();
    private final Map<String, BigDecimal> amounts = new TreeMap<>();
    private final Map<String, BigDecimal> lines = new TreeMap<>();
    private final List<String> unbalanced = new ArrayList<>();

    long lastEntryId() {
        return lastEntryId;
    }

    void add(JsonNode entry, List<String> partners) {
        lastEntryId = entry.path("entryId").asLong();
        String kind = entry.path("kind").asText();
        entries.merge(kind, 1, Integer::sum);
        amounts.merge(kind, new BigDecimal(entry.at("/amount/amount").asText()), BigDecimal::add);
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> partnersWithLines = new HashSet<>();
        for (JsonNode line : entry.path("lines")) {
            BigDecimal amount = new BigDecimal(line.at("/amount/amount").asText());
            lines.merge(line.path("partnerId").asText(), amount, BigDecimal::add);
            partnersWithLines.add(line.path("partnerId").asText());
            sum = sum.add(amount);
        }
        if (sum.signum() != 0 || entry.path("lines").size() != partners.size()
                || !partnersWithLines.equals(new HashSet<>(partners))) {
            unbalanced.add("journal entry " + lastEntryId + " (" + kind + ") has lines " + entry.path("lines")
                    + " summing to " + sum + "; one line per partner of " + partners + " summing to zero was expected");
        }
    }

    Map<String, Integer> entries() {
        return Map.copyOf(entries);
    }

    Map<String, BigDecimal> amounts() {
        return Map.copyOf(amounts);
    }

    Map<String, BigDecimal> lines() {
        return Map.copyOf(lines);
    }

    List<String> unbalanced() {
        return List.copyOf(unbalanced);
    }
}
