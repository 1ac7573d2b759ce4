package org.allianceledger.bench;

import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.Map;

import static org.allianceledger.bench.LoadResult.millis;

/** Everything one benchmark run measured, as written to results.json. */
record Results(Map<String, String> environment, Map<Integer, Double> baselineTps, List<Step> closedLoop,
               Steady steady, Memory memory, Rebuild rebuild, Queries queries, List<Targets.Check> targets) {

    Results withTargets() {
        return new Results(environment, baselineTps, closedLoop, steady, memory, rebuild, queries, Targets.check(this));
    }

    /**
     * One closed-loop step. The sustained rate counts the time the projections needed after the step to show
     * everything it wrote: the rate commands and views keep up with together, which a steady load can be a
     * fraction of (the commands alone run ahead of the views while the backlog grows).
     */
    record Step(int clients, double commandsPerSecond, long commandsFailed, double queriesPerSecond,
                double commandP50Ms, double commandP99Ms, double commandP999Ms, double queryP99Ms,
                double catchUpSeconds, double sustainedRequestsPerSecond) {

        static Step of(LoadResult load, double catchUpSeconds) {
            return new Step(load.clients(), load.commandsPerSecond(), load.commandsFailed(), load.queriesOk() / load.seconds(),
                    millis(load.commandLatency(), 50), millis(load.commandLatency(), 99), millis(load.commandLatency(), 99.9),
                    millis(load.queryLatency(), 99), catchUpSeconds,
                    load.requestsPerSecond() * load.seconds() / (load.seconds() + catchUpSeconds));
        }
    }

    record Steady(double loadFraction, double targetPerSecond, double commandsPerSecond, long commandsFailed,
                  double seconds, double commandP50Ms, double commandP99Ms, double commandP999Ms, double queryP99Ms,
                  long lagSamples, double lagP50Ms, double lagP99Ms, double lagMaxMs, long lagTimedOut) {

        static Steady of(double fraction, double target, LoadResult load, Histogram lag, long lagTimedOut) {
            return new Steady(fraction, target, load.requestsPerSecond(), load.commandsFailed(), load.seconds(),
                    millis(load.commandLatency(), 50), millis(load.commandLatency(), 99), millis(load.commandLatency(), 99.9),
                    millis(load.queryLatency(), 99), lag.getTotalCount(), millis(lag, 50), millis(lag, 99),
                    lag.getMaxValue() / 1000.0, lagTimedOut);
        }
    }

    record Memory(double heapUsedMaxMiB, double liveHeapFirstThirdMiB, double liveHeapLastThirdMiB, double residentEndMiB,
                  List<MemorySampler.Sample> samples) {

        static Memory of(List<MemorySampler.Sample> samples) {
            int third = Math.max(1, samples.size() / 3);
            return new Memory(
                    mib(samples.stream().mapToLong(MemorySampler.Sample::heapUsedBytes).max().orElse(0)),
                    mib(samples.subList(0, third).stream().mapToLong(MemorySampler.Sample::liveHeapBytes).max().orElse(0)),
                    mib(samples.subList(samples.size() - third, samples.size()).stream()
                            .mapToLong(MemorySampler.Sample::liveHeapBytes).max().orElse(0)),
                    samples.isEmpty() ? 0 : mib(samples.getLast().residentBytes()),
                    samples);
        }

        private static double mib(long bytes) {
            return bytes / (1024.0 * 1024.0);
        }
    }

    record Rebuild(long events, double seconds, double eventsPerSecond) {
    }

    record Queries(long storedEvents, double balanceP50Ms, double balanceP99Ms, double asOfP50Ms, double asOfP99Ms) {
    }
}
