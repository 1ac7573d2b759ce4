package org.allianceledger.api.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run sent, counted once per command as the model decided it: a retried or duplicated command counts
 * once in its kind, and its extra sends are counted apart.
 */
final class Tally {

    private final Map<String, int[]> byKind = new TreeMap<>();
    private int steps;
    private int concurrentSteps;
    private int retries;
    private int reusedKeys;
    private int duplicateSends;

    void step() {
        steps++;
    }

    void concurrentStep() {
        concurrentSteps++;
    }

    void decided(Command command, Outcome outcome) {
        byKind.computeIfAbsent(command.kind(), kind -> new int[2])[outcome.accepted() ? 0 : 1]++;
    }

    /** The same request sent again with its key, after its answer. */
    void retried() {
        retries++;
    }

    /** Another request sent with a key already used. */
    void reusedKey() {
        reusedKeys++;
    }

    /** Copies of one request sent with its key at the same moment, beyond the first. */
    void duplicated(int copies) {
        duplicateSends += copies;
    }

    int accepted() {
        return byKind.values().stream().mapToInt(counts -> counts[0]).sum();
    }

    int refused() {
        return byKind.values().stream().mapToInt(counts -> counts[1]).sum();
    }

    String summary(long seed, double seconds) {
        String kinds = byKind.entrySet().stream()
                .map(kind -> kind.getKey() + "=" + kind.getValue()[0] + "/" + kind.getValue()[1])
                .collect(Collectors.joining(" "));
        return ("model: steps=%d commands=%d 2xx=%d 4xx=%d concurrent-steps=%d retries=%d reused-keys=%d "
                + "duplicate-sends=%d seed=%d time=%.1fs; by kind (2xx/4xx): %s")
                .formatted(steps, accepted() + refused(), accepted(), refused(), concurrentSteps, retries, reusedKeys,
                        duplicateSends, seed, seconds, kinds);
    }
}
