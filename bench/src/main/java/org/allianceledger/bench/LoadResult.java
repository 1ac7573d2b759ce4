package org.allianceledger.bench;

import org.HdrHistogram.Histogram;

/**
 * What one load step measured. Latencies are in microseconds; for a constant-rate step they run from the
 * intended send time, so a stalled service is charged for the requests it kept waiting (no coordinated omission).
 */
record LoadResult(String name, int clients, double seconds, long commandsAcknowledged, long commandsFailed,
                  long queriesOk, long queriesFailed, Histogram commandLatency, Histogram queryLatency) {

    double commandsPerSecond() {
        return commandsAcknowledged / seconds;
    }

    /** Every request sent, answered well or not. */
    double requestsPerSecond() {
        return (commandsAcknowledged + commandsFailed + queriesOk + queriesFailed) / seconds;
    }

    static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
