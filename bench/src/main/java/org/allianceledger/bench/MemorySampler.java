package org.allianceledger.bench;

import org.allianceledger.bench.LedgerApi.Answer;
import org.allianceledger.bench.LedgerApi.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the service's memory every few seconds during the steady run: heap in use and the live heap after
 * the last collection (Micrometer's JVM metrics), the largest projection lag the service reports, and the
 * process's resident set size from the kernel.
 */
final class MemorySampler {

    record Sample(double secondsIntoRun, long heapUsedBytes, long liveHeapBytes, long residentBytes,
                  double projectionLagSeconds) {
    }

    private final LedgerApi api;
    private final LedgerService service;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private long started;

    MemorySampler(LedgerApi api, LedgerService service) {
        this.api = api;
        this.service = service;
    }

    void start(long everySeconds) {
        started = System.nanoTime();
        timer.scheduleAtFixedRate(this::sample, 0, everySeconds, TimeUnit.SECONDS);
    }

    List<Sample> stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void sample() {
        Answer metrics = api.send(new Call("/actuator/prometheus", LedgerService.ADMIN_KEY, null));
        if (!metrics.ok()) {
            return;
        }
        long heap = 0, live = 0;
        double lag = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                heap += (long) value(line);
            } else if (line.startsWith("jvm_gc_live_data_size_bytes")) {
                live = (long) value(line);
            } else if (line.startsWith("ledger_projection_lag_seconds{")) {
                lag = Math.max(lag, value(line));
            }
        }
        synchronized (samples) {
            samples.add(new Sample((System.nanoTime() - started) / 1e9, heap, live, service.residentBytes(), lag));
        }
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
