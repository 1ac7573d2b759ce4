package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the model predicts for a command: accepted (2xx) with the figures its answer must show, or refused
 * (4xx) for the reason given, with nothing recorded.
 */
record Outcome(boolean accepted, String reason, Map<String, String> figures) {

    Outcome {
        figures = new TreeMap<>(figures);
    }

    static Outcome refused(String reason) {
        return new Outcome(false, reason, Map.of());
    }

    static Outcome success() {
        return new Outcome(true, "", Map.of());
    }

    static Outcome success(Map<String, String> figures) {
        return new Outcome(true, "", figures);
    }

    static String referrer(int weight, String revenue, String commission) {
        return "weight " + weight + ", revenue " + revenue + ", commission " + commission;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(Split.CENT_SCALE).toPlainString();
    }

    @Override
    public String toString() {
        return accepted ? "2xx " + figures : "4xx (" + reason + ")";
    }
}
