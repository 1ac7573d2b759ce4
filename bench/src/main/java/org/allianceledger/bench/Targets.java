package org.allianceledger.bench;

import java.util.ArrayList;
import java.util.List;

/** The targets, each checked against the figures of one run. */
final class Targets {

    record Check(String target, String measured, boolean holds) {
    }

    private Targets() {
    }

    static List<Check> check(Results results) {
        List<Check> checks = new ArrayList<>();
        int most = results.closedLoop().stream().mapToInt(Results.Step::clients).max().orElse(0);
        Results.Step atMost = results.closedLoop().stream().filter(step -> step.clients() == most).findFirst().orElseThrow();
        double baseline = results.baselineTps().getOrDefault(most, Double.NaN);
        double ratio = atMost.commandsPerSecond() / baseline;
        checks.add(new Check("REST commands/s at " + most + " clients >= 25% of raw inserts/s",
                String.format("%.0f / %.0f = %.1f%%", atMost.commandsPerSecond(), baseline, 100 * ratio), ratio >= 0.25));
        Results.Steady steady = results.steady();
        checks.add(new Check("command p99 <= 50 ms at " + Math.round(100 * steady.loadFraction()) + "% of the best sustained rate",
                String.format("%.1f ms", steady.commandP99Ms()), steady.commandP99Ms() <= 50));
        checks.add(new Check("projection lag p99 <= 1 s at " + Math.round(100 * steady.loadFraction()) + "% of the best sustained rate",
                String.format("%.0f ms", steady.lagP99Ms()), steady.lagP99Ms() <= 1000 && steady.lagTimedOut() == 0));
        checks.add(new Check("full rebuild >= 20,000 events/s",
                String.format("%.0f events/s (%d events)", results.rebuild().eventsPerSecond(), results.rebuild().events()),
                results.rebuild().eventsPerSecond() >= 20_000));
        Results.Queries queries = results.queries();
        checks.add(new Check("balance query p99 <= 20 ms at " + queries.storedEvents() + " events",
                String.format("%.1f ms", queries.balanceP99Ms()), queries.balanceP99Ms() <= 20));
        checks.add(new Check("as-of balance query p99 <= 20 ms at " + queries.storedEvents() + " events",
                String.format("%.1f ms", queries.asOfP99Ms()), queries.asOfP99Ms() <= 20));
        Results.Memory memory = results.memory();
        checks.add(new Check("heap <= 512 MiB at steady state",
                String.format("max in use %.0f MiB, live after GC %.0f MiB", memory.heapUsedMaxMiB(), memory.liveHeapLastThirdMiB()),
                memory.heapUsedMaxMiB() <= 512));
        checks.add(new Check("no heap growth over the steady run (live heap, last third <= first third + 10%)",
                String.format("%.0f MiB -> %.0f MiB", memory.liveHeapFirstThirdMiB(), memory.liveHeapLastThirdMiB()),
                memory.liveHeapLastThirdMiB() <= memory.liveHeapFirstThirdMiB() * 1.10));
        return checks;
    }
}
