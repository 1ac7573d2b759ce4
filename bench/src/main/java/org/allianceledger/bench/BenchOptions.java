package org.allianceledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to measure and where. Every value comes from an environment variable (listed in bench/README.md) so
 * the one command stays the same on every machine.
 *
 * @param clientCounts   the client counts of the baseline and of the closed-loop runs
 * @param stepDuration   how long each baseline and closed-loop step runs
 * @param steadyDuration the constant-rate run at 70% of the maximum throughput (latency, lag, memory)
 * @param historyEvents  how many events the store holds when rebuild and queries are measured
 * @param keepDatabase   leave the scratch database on the server afterwards, to look into a run's ledger
 */
record BenchOptions(String pgHost, int pgPort, String pgUser, String pgPassword, Path serviceJar, Path resultsDir,
                    List<Integer> clientCounts, Duration stepDuration, Duration warmup, Duration steadyDuration,
                    double steadyLoadFraction, long historyEvents, Duration queryDuration, int alliances,
                    int campaignsPerAlliance, int customers, String serviceHeap, List<String> serviceArgs,
                    long seed, boolean keepDatabase) {

    static BenchOptions fromEnvironment(Map<String, String> env) {
        return new BenchOptions(
                env.getOrDefault("BENCH_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("BENCH_PG_PORT", "5432")),
                env.getOrDefault("BENCH_PG_USER", "postgres"),
                env.getOrDefault("BENCH_PG_PASSWORD", env.getOrDefault("PGPASSWORD", "")),
                Path.of(env.getOrDefault("BENCH_SERVICE_JAR", "ledger-api/target/alliance-ledger.jar")),
                Path.of(env.getOrDefault("BENCH_RESULTS_DIR", "bench/results")),
                List.of(env.getOrDefault("BENCH_CLIENTS", "1,4,16").split(",")).stream()
                        .map(String::trim).map(Integer::parseInt).toList(),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_STEP_SECONDS", "60"))),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_WARMUP_SECONDS", "30"))),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_STEADY_SECONDS", "600"))),
                Double.parseDouble(env.getOrDefault("BENCH_STEADY_LOAD", "0.7")),
                Long.parseLong(env.getOrDefault("BENCH_HISTORY_EVENTS", "1000000")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("BENCH_QUERY_SECONDS", "30"))),
                Integer.parseInt(env.getOrDefault("BENCH_ALLIANCES", "100")),
                Integer.parseInt(env.getOrDefault("BENCH_CAMPAIGNS", "5")),
                Integer.parseInt(env.getOrDefault("BENCH_CUSTOMERS", "10000")),
                env.getOrDefault("BENCH_SERVICE_HEAP", "512m"),
                List.of(env.getOrDefault("BENCH_SERVICE_ARGS", "").split(" ")).stream().filter(s -> !s.isBlank()).toList(),
                Long.parseLong(env.getOrDefault("BENCH_SEED", "20270101")),
                Boolean.parseBoolean(env.getOrDefault("BENCH_KEEP_DATABASE", "false")));
    }

    int maxClients() {
        return clientCounts.stream().mapToInt(Integer::intValue).max().orElse(16);
    }
}
