package org.allianceledger.bench;

import org.allianceledger.bench.LedgerApi.Call;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark, start to finish, on one PostgreSQL server: the raw-insert baseline, then the service (built
 * jar) under the realistic mix at each client count, a steady run at a fraction of the best sustained
 * throughput; then, the service stopped, the history grown to a million events, and with the service started
 * again a full rebuild and the balance queries. Writes results.json, results.md
 * and chart.png into a new folder under the results directory.
 */
public final class Benchmark {

    private static final Duration CATCH_UP = Duration.ofMinutes(30);

    private final BenchOptions options;

    private Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromEnvironment(System.getenv());
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Path dir = options.resultsDir().resolve(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", ""));
        Files.createDirectories(dir);
        Database database = new Database(options, "ledger_bench_" + ProcessHandle.current().pid());
        database.create();
        try {
            Map<Integer, Double> baseline = new RawInsertBaseline(options, database).measure(dir);
            UnderLoad underLoad;
            try (LedgerService service = LedgerService.start(options, database, dir.resolve("service.log"))) {
                underLoad = underLoad(service);
            }
            // with the service stopped: a bulk copy of history is not a workload the service serves
            new HistoryGrowth(database).growTo(options.historyEvents());
            try (LedgerService service = LedgerService.start(options, database, dir.resolve("service-history.log"))) {
                Results results = atHistory(service, database, baseline, underLoad).withTargets();
                Report.write(results, dir);
                System.out.println();
                System.out.println(Report.markdown(results));
                System.out.println("results in " + dir);
            }
        } finally {
            if (options.keepDatabase()) {
                System.out.println("kept database " + database.name());
            } else {
                database.drop();
            }
        }
    }

    /** What the load phase measured, and the ledger it wrote. */
    private record UnderLoad(BenchLedger ledger, List<Results.Step> steps, Results.Steady steady, Results.Memory memory) {
    }

    private UnderLoad underLoad(LedgerService service) throws Exception {
        LedgerApi api = new LedgerApi(service.baseUri());
        BenchLedger ledger = BenchLedger.create(api, options.alliances(), options.campaignsPerAlliance());
        CommandMix mix = new CommandMix(ledger, options.customers());
        LoadGenerator load = new LoadGenerator(api, options.seed());
        ProjectionRebuild projections = new ProjectionRebuild(api);
        System.out.printf("ledger: %d alliances x %d campaigns, %d customers; warming up for %d s%n",
                options.alliances(), options.campaignsPerAlliance(), options.customers(), options.warmup().toSeconds());
        load.closedLoop("warmup", options.maxClients(), options.warmup(), mix::next);
        projections.awaitCaughtUp(CATCH_UP);

        List<Results.Step> steps = new ArrayList<>();
        double bestSustained = 0;
        for (int clients : options.clientCounts()) {
            LoadResult step = load.closedLoop("closed-" + clients, clients, options.stepDuration(), mix::next);
            long caughtUp = System.nanoTime();
            projections.awaitCaughtUp(CATCH_UP);
            Results.Step measured = Results.Step.of(step, (System.nanoTime() - caughtUp) / 1e9);
            steps.add(measured);
            bestSustained = Math.max(bestSustained, measured.sustainedRequestsPerSecond());
            System.out.printf("load: %d clients: %.0f commands/s acknowledged, %d failed, p99 %.1f ms; projections caught up "
                            + "%.1f s later: %.0f requests/s sustained%n", clients, measured.commandsPerSecond(),
                    measured.commandsFailed(), measured.commandP99Ms(), measured.catchUpSeconds(),
                    measured.sustainedRequestsPerSecond());
        }

        double rate = bestSustained * options.steadyLoadFraction();
        System.out.printf("steady: %.0f requests/s for %d s%n", rate, options.steadyDuration().toSeconds());
        VisibilityProbe probe = new VisibilityProbe(api, ledger);
        MemorySampler memory = new MemorySampler(api, service);
        memory.start(5);
        Thread probing = probe.start();
        LoadResult steadyLoad = load.constantRate("steady", options.maxClients(), options.steadyDuration(), rate, mix::next);
        probe.stop(probing);
        Results.Memory heap = Results.Memory.of(memory.stop());
        Results.Steady steady = Results.Steady.of(options.steadyLoadFraction(), rate, steadyLoad, probe.lag(), probe.timedOut());
        System.out.printf("steady: command p99 %.1f ms, lag p99 %.0f ms, live heap %.0f -> %.0f MiB%n", steady.commandP99Ms(),
                steady.lagP99Ms(), heap.liveHeapFirstThirdMiB(), heap.liveHeapLastThirdMiB());
        projections.awaitCaughtUp(CATCH_UP);
        return new UnderLoad(ledger, steps, steady, heap);
    }

    private Results atHistory(LedgerService service, Database database, Map<Integer, Double> baseline, UnderLoad underLoad)
            throws Exception {
        LedgerApi api = new LedgerApi(service.baseUri());
        long stored = database.storedEvents();
        double seconds = new ProjectionRebuild(api).run(CATCH_UP);
        Results.Rebuild rebuild = new Results.Rebuild(stored, seconds, stored / seconds);
        System.out.printf("rebuild: %d events in %.1f s: %.0f events/s%n", stored, rebuild.seconds(), rebuild.eventsPerSecond());
        Results.Queries queries = queries(new LoadGenerator(api, options.seed()), underLoad.ledger(), stored);
        return new Results(environment(database), baseline, underLoad.steps(), underLoad.steady(), underLoad.memory(),
                rebuild, queries, List.of());
    }

    /** Balance queries on random alliances, now and as of a date as known at a moment, with 4 clients each. */
    private Results.Queries queries(LoadGenerator load, BenchLedger ledger, long storedEvents) throws InterruptedException {
        String knownAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        LoadResult now = load.closedLoop("balances", 4, options.queryDuration(),
                random -> balances(ledger, random, ""));
        LoadResult asOf = load.closedLoop("as-of-balances", 4, options.queryDuration(),
                random -> balances(ledger, random, "?asOf=2027-06-30&knownAt=" + knownAt));
        if (now.queriesFailed() + asOf.queriesFailed() > 0) {
            throw new IllegalStateException("balance queries failed: " + now.queriesFailed() + " / " + asOf.queriesFailed());
        }
        return new Results.Queries(storedEvents, LoadResult.millis(now.queryLatency(), 50), LoadResult.millis(now.queryLatency(), 99),
                LoadResult.millis(asOf.queryLatency(), 50), LoadResult.millis(asOf.queryLatency(), 99));
    }

    private static Call balances(BenchLedger ledger, Random random, String query) {
        BenchLedger.Alliance alliance = ledger.alliances().get(random.nextInt(ledger.alliances().size()));
        return new Call(alliance.path() + "/balances" + query, ledger.keyOf(random.nextInt(3)), null);
    }

    private Map<String, String> environment(Database database) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        environment.put("machine", Runtime.getRuntime().availableProcessors() + " cores");
        environment.put("java", System.getProperty("java.version"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            environment.put("postgres", "PostgreSQL " + rows.getString(1));
        }
        environment.put("serviceHeap", options.serviceHeap());
        environment.put("serviceArgs", String.join(" ", options.serviceArgs()));
        environment.put("stepSeconds", String.valueOf(options.stepDuration().toSeconds()));
        environment.put("steadySeconds", String.valueOf(options.steadyDuration().toSeconds()));
        return environment;
    }
}
